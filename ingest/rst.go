package ingest

import (
	"strings"
	"unicode/utf8"

	"github.com/verbatim-rag/verbatim/corpus"
)

// rstExtractor keeps a reStructuredText file verbatim and finds its section
// titles: a line underlined (and optionally overlined) with punctuation,
// levels numbered in order of first appearance of each style.
type rstExtractor struct{}

func (rstExtractor) Format() corpus.Format { return corpus.RST }

func (rstExtractor) Extract(path string, data []byte) (corpus.Extraction, error) {
	if err := checkText(path, data); err != nil {
		return corpus.Extraction{}, err
	}
	ex := verbatim(data)
	ex.Sections = rstSections(splitLines(ex.Text))
	ex.Title = firstTitle(ex.Sections, "")
	return ex, nil
}

// rstAdornment is the punctuation reStructuredText allows in section
// underlines.
const rstAdornment = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"

// isUnderline reports a line of at least 3 copies of one adornment character.
func isUnderline(s string) bool {
	return len(s) >= 3 && strings.IndexByte(rstAdornment, s[0]) >= 0 && strings.Trim(s, s[:1]) == ""
}

type rstStyle struct {
	char byte
	over bool
}

// rstSections finds section titles in reStructuredText lines.
func rstSections(lines []line) []corpus.Section {
	var out []corpus.Section
	var styles []rstStyle
	for i := 0; i+1 < len(lines); i++ {
		title, under := lines[i].text, strings.TrimRight(lines[i+1].text, " \t")
		if isBlank(title) || indent(title) > 0 || !isUnderline(under) || isUnderline(strings.TrimSpace(title)) {
			continue
		}
		if utf8.RuneCountInString(strings.TrimSpace(title)) > len(under) && len(under) < 4 {
			continue
		}
		start, over := lines[i].start, false
		if i > 0 && strings.TrimRight(lines[i-1].text, " \t") == under {
			start, over = lines[i-1].start, true
		} else if i > 0 && !isBlank(lines[i-1].text) {
			continue
		}
		level := rstLevel(&styles, rstStyle{char: under[0], over: over})
		out = append(out, corpus.Section{Start: start, Level: level, Title: strings.TrimSpace(title)})
		i++
	}
	return out
}

// rstLevel returns the level of style, adding it to styles when new.
func rstLevel(styles *[]rstStyle, st rstStyle) int {
	for i, s := range *styles {
		if s == st {
			return i + 1
		}
	}
	*styles = append(*styles, st)
	return len(*styles)
}
