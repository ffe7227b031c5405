package ingest

import (
	"strings"

	"github.com/verbatim-rag/verbatim/corpus"
)

// markdownExtractor keeps a Markdown file verbatim and finds its ATX ("# A")
// and setext ("A\n===") headings, ignoring fenced code and front matter.
type markdownExtractor struct{}

func (markdownExtractor) Format() corpus.Format { return corpus.Markdown }

func (markdownExtractor) Extract(path string, data []byte) (corpus.Extraction, error) {
	if err := checkText(path, data); err != nil {
		return corpus.Extraction{}, err
	}
	ex := verbatim(data)
	lines := splitLines(ex.Text)
	body, fmTitle := frontMatter(lines)
	ex.Sections = markdownSections(body)
	ex.Title = firstTitle(ex.Sections, fmTitle)
	return ex, nil
}

// firstTitle returns the title of the first level-1 section, else fallback.
func firstTitle(sections []corpus.Section, fallback string) string {
	for _, s := range sections {
		if s.Level == 1 {
			return s.Title
		}
	}
	return fallback
}

// frontMatter skips a YAML front-matter block ("---" ... "---") at the
// start and returns the remaining lines and its title: field, if any.
func frontMatter(lines []line) ([]line, string) {
	if len(lines) == 0 || strings.TrimSpace(lines[0].text) != "---" {
		return lines, ""
	}
	title := ""
	for i := 1; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i].text)
		if t == "---" || t == "..." {
			return lines[i+1:], title
		}
		if v, ok := strings.CutPrefix(t, "title:"); ok && title == "" {
			title = strings.Trim(strings.TrimSpace(v), `"'`)
		}
	}
	return lines, ""
}

// markdownSections finds the headings of Markdown lines.
func markdownSections(lines []line) []corpus.Section {
	var (
		out       []corpus.Section
		fence     string // the opening fence while inside fenced code
		paraStart = -1   // index of the first line of the open paragraph
	)
	for i, ln := range lines {
		if fence != "" {
			if closesFence(ln.text, fence) {
				fence = ""
			}
			continue
		}
		if f := openFence(ln.text); f != "" {
			fence, paraStart = f, -1
			continue
		}
		if level, title, ok := atxHeading(ln.text); ok {
			out = appendSection(out, ln.start, level, title)
			paraStart = -1
			continue
		}
		if level := setextLevel(ln.text); level > 0 && paraStart >= 0 {
			out = appendSection(out, lines[paraStart].start, level, joinLines(lines[paraStart:i]))
			paraStart = -1
			continue
		}
		switch {
		case isBlank(ln.text):
			paraStart = -1
		case paraStart < 0 && indent(ln.text) < 4:
			paraStart = i
		}
	}
	return out
}

func appendSection(out []corpus.Section, start, level int, title string) []corpus.Section {
	if title == "" {
		return out
	}
	return append(out, corpus.Section{Start: start, Level: level, Title: title})
}

// atxHeading parses "## Title ##".
func atxHeading(s string) (level int, title string, ok bool) {
	if indent(s) > 3 {
		return 0, "", false
	}
	s = strings.TrimLeft(s, " ")
	for level < len(s) && s[level] == '#' {
		level++
	}
	if level == 0 || level > 6 || (level < len(s) && s[level] != ' ' && s[level] != '\t') {
		return 0, "", false
	}
	title = strings.TrimSpace(s[level:])
	if t := strings.TrimRight(title, "#"); t == "" || strings.HasSuffix(t, " ") || strings.HasSuffix(t, "\t") {
		title = strings.TrimSpace(t)
	}
	return level, title, true
}

// setextLevel returns 1 for a "===" underline, 2 for "---", else 0.
func setextLevel(s string) int {
	if indent(s) > 3 {
		return 0
	}
	t := strings.TrimSpace(s)
	switch {
	case t == "":
		return 0
	case strings.Trim(t, "=") == "":
		return 1
	case strings.Trim(t, "-") == "":
		return 2
	}
	return 0
}

// openFence returns the fence ("```" or "~~~~", ...) a line opens, or "".
func openFence(s string) string {
	if indent(s) > 3 {
		return ""
	}
	t := strings.TrimLeft(s, " ")
	for _, c := range []byte{'`', '~'} {
		n := 0
		for n < len(t) && t[n] == c {
			n++
		}
		if n >= 3 && (c == '~' || !strings.ContainsRune(t[n:], '`')) {
			return t[:n]
		}
	}
	return ""
}

// closesFence reports whether s closes the fenced block opened by fence.
func closesFence(s, fence string) bool {
	t := strings.TrimSpace(s)
	return indent(s) <= 3 && len(t) >= len(fence) && strings.Trim(t, fence[:1]) == ""
}

// joinLines joins the trimmed lines with spaces.
func joinLines(lines []line) string {
	parts := make([]string, len(lines))
	for i, ln := range lines {
		parts[i] = strings.TrimSpace(ln.text)
	}
	return strings.Join(parts, " ")
}
