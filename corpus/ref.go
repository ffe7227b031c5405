package corpus

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// RefKind says what a Ref points at.
type RefKind int

// The kinds of reference `verbatim show` accepts.
const (
	RefPassage RefKind = iota // a passage id: 3fa2c1d0e9ab41c2-7
	RefFile                   // a whole file: notes/a.md
	RefLines                  // lines of a file: notes/a.md:12-14
	RefPages                  // pages of a paged file: paper.pdf:p3-4
	RefBytes                  // extracted-text bytes: notes/a.md@120-480
	RefParas                  // paragraphs: report.docx:¶4-6, book.epub:EPUB/text/ch002.xhtml¶4
	RefSlides                 // slides of a deck: deck.pptx:slide 3-4
	RefRows                   // rows of a sheet: sheet.xlsx:Sheet1!12-15
)

// Ref is a parsed reference to stored text, as printed in citations.
type Ref struct {
	Kind     RefKind
	ID       string // RefPassage
	Path     string // every other kind
	Part     string // RefParas (EPUB chapter file) and RefRows (sheet)
	From, To int    // inclusive lines, pages, paragraphs, slides or rows; half-open bytes
}

var (
	passageIDRe = regexp.MustCompile(`^[0-9a-fA-F]{16}-[0-9]+$`)
	linesRe     = regexp.MustCompile(`(?s)^(.+):([0-9]+)(?:-([0-9]+))?$`)
	pagesRe     = regexp.MustCompile(`(?s)^(.+):p([0-9]+)(?:-([0-9]+))?$`)
	parasRe     = regexp.MustCompile(`(?s)^(.+?):([^:¶]*?) ?¶([0-9]+)(?:-([0-9]+))?$`)
	slidesRe    = regexp.MustCompile(`(?s)^(.+):slide ?([0-9]+)(?:-([0-9]+))?$`)
	rowsRe      = regexp.MustCompile(`(?s)^(.+):([^:!]+(?:![^:!]+)*)!([0-9]+)(?:-([0-9]+))?$`)
	bytesRe     = regexp.MustCompile(`(?s)^(.+)@([0-9]+)-([0-9]+)$`)
)

// ParseRef reads a passage id, "path", "path:12", "path:12-14", "path:p3",
// "path:p3-4", "path:¶4-6", "path:chapter.xhtml¶4", "path:slide 3",
// "path:Sheet1!12-15" or "path@120-480": every form Span.String prints.
func ParseRef(s string) (Ref, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Ref{}, fmt.Errorf("corpus: empty reference")
	}
	if passageIDRe.MatchString(s) {
		return Ref{Kind: RefPassage, ID: strings.ToLower(s)}, nil // an id retyped in capitals is the same id
	}
	for _, f := range []struct {
		re   *regexp.Regexp
		kind RefKind
	}{{pagesRe, RefPages}, {slidesRe, RefSlides}, {parasRe, RefParas}, {rowsRe, RefRows}, {linesRe, RefLines}, {bytesRe, RefBytes}} {
		if m := f.re.FindStringSubmatch(s); m != nil {
			part := ""
			if f.kind == RefParas || f.kind == RefRows {
				part, m = m[2], append(m[:2:2], m[3:]...)
			}
			r, err := rangeRef(s, f.kind, m)
			if err != nil {
				return Ref{}, err
			}
			r.Part = part
			return r, nil
		}
	}
	return Ref{Kind: RefFile, Path: s}, nil
}

func rangeRef(s string, kind RefKind, m []string) (Ref, error) {
	// The patterns admit only digits: Atoi fails only on a number too large.
	from, err := strconv.Atoi(m[2])
	if err != nil {
		return Ref{}, fmt.Errorf("corpus: reference %q: %s is too large", s, m[2])
	}
	to := from
	if m[3] != "" {
		if to, err = strconv.Atoi(m[3]); err != nil {
			return Ref{}, fmt.Errorf("corpus: reference %q: %s is too large", s, m[3])
		}
	}
	if kind != RefBytes && from < 1 {
		return Ref{}, fmt.Errorf("corpus: reference %q: lines, pages, paragraphs, slides and rows count from 1", s)
	}
	if to < from {
		return Ref{}, fmt.Errorf("corpus: reference %q: range ends before it starts", s)
	}
	return Ref{Kind: kind, Path: m[1], From: from, To: to}, nil
}

// Lines returns the bytes of lines from..to (1-based, inclusive) of data,
// with their line endings, exactly as stored.
func Lines(data []byte, from, to int) ([]byte, error) {
	start, line := -1, 1
	if from == 1 {
		start = 0
	}
	for i, c := range data {
		if c != '\n' {
			continue
		}
		if line == to {
			return data[start : i+1], nil
		}
		line++
		if line == from {
			start = i + 1
		}
	}
	if start < 0 || start > len(data) || (start == len(data) && len(data) > 0 && from > 1) {
		n := line // lines begun; a final line ending begins none
		if len(data) == 0 || data[len(data)-1] == '\n' {
			n--
		}
		unit := "lines"
		if n == 1 {
			unit = "line"
		}
		return nil, fmt.Errorf("corpus: line %d is past the end (%d %s)", from, n, unit)
	}
	return data[start:], nil
}
