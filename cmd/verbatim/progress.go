package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/verbatim-rag/verbatim/bytesize"
	"github.com/verbatim-rag/verbatim/ingest"
)

// progressPrinter renders ingest progress: a live bar redrawn in place on a
// terminal, plain lines at most every few seconds otherwise.
type progressPrinter struct {
	w        io.Writer
	tty      bool
	unit     string // "files" when empty
	lastLine time.Time
	drawn    bool
}

func (p *progressPrinter) update(pr ingest.Progress) {
	line := progressLine(pr, p.unit)
	if p.tty {
		fmt.Fprintf(p.w, "\r\033[K%s", line)
		p.drawn = true
		return
	}
	done := pr.FilesTotal > 0 && pr.Files >= pr.FilesTotal
	if !done && time.Since(p.lastLine) < 2*time.Second {
		return
	}
	p.lastLine = time.Now()
	fmt.Fprintln(p.w, line)
}

// finish ends a bar drawn in place so the summary starts on a fresh line.
func (p *progressPrinter) finish() {
	if p.drawn {
		fmt.Fprintln(p.w)
		p.drawn = false
	}
}

func progressLine(pr ingest.Progress, unit string) string {
	if unit == "" {
		return fileProgressLine(pr)
	}
	return fmt.Sprintf("%d/%d %s  %s", pr.Files, pr.FilesTotal, unit, pr.Elapsed.Round(time.Second))
}

func fileProgressLine(pr ingest.Progress) string {
	const width = 24
	frac := 0.0
	if pr.BytesTotal > 0 {
		frac = float64(pr.Bytes) / float64(pr.BytesTotal)
	} else if pr.FilesTotal > 0 {
		frac = float64(pr.Files) / float64(pr.FilesTotal)
	}
	frac = min(max(frac, 0), 1)
	fill := int(frac * width)
	bar := strings.Repeat("=", fill) + strings.Repeat(" ", width-fill)
	secs := pr.Elapsed.Seconds()
	rate, eta := 0.0, "?"
	if secs > 0 {
		rate = float64(pr.Bytes) / secs / 1e6
	}
	if frac > 0 && frac < 1 {
		eta = (time.Duration(secs/frac*(1-frac)) * time.Second).Round(time.Second).String()
	} else if frac >= 1 {
		eta = "0s"
	}
	return fmt.Sprintf("[%s] %3.0f%%  %d/%d files  %s  %.1f MB/s  ETA %s",
		bar, frac*100, pr.Files, pr.FilesTotal, bytesize.Format(pr.Bytes), rate, eta)
}
