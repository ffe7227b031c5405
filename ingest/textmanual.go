package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/english"
)

// A manual rendered as plain text (DocBook's and text browsers' output:
// Mutt's manual.txt, many a package's /usr/share/doc/*/*.txt) states its
// outline in numbered headings, each a line of its own between blank
// lines ("Chapter 9. Reference", "4.2. Index Menu", a no-break space
// after the number as DocBook writes it), and draws its tables with
// box-drawing characters, the first row naming the columns when it is a
// header ("Function │ Default key │ Description"; a table of data from its
// first row, "%i │ parent message id", has none).
var columnName = regexp.MustCompile(`^\p{Lu}[\p{L} \x{A0}./()-]*$`)

// minManualHeadings is how many numbered headings a plain-text file must
// hold to be read as a manual's outline (one numbered paragraph is a
// list's item, not a heading).
const minManualHeadings = 3

// manualSections returns the sections of a plain-text manual: a section
// for each numbered heading (a line, not indented, between blank lines,
// of at most maxTitleLen bytes and not ending as a sentence or a list's
// lead does: "Chapter 9. Reference" at level 1, "4.2. Index Menu" one
// level deeper for each number, under a chapter when the text has
// chapters) once the text holds minManualHeadings of them, and a section
// for each table drawn with box-drawing characters ("┌───┬───┐", the
// header row, "├───┼───┤", the rows, "└───┴───┘"): its title is the
// table's caption, as a header comment is written ("# Table 9.3. Default
// Index Menu Bindings: Function │ Default key │ Description": the caption
// line right above the table, if any, and the header row's cells), so
// every passage cut from the table carries the names of its columns, as
// the first passage does; the heading in force before the table is in
// force again after it, or, in a text of no headings, its title (a
// section has a title; a text of neither reads no table). Nil when the
// text has neither headings nor tables.
func manualSections(text, title string) []corpus.Section {
	type drawn struct {
		sec corpus.Section
		end int // the line after its last "│", "├" or "└" line
	}
	var heads []corpus.Section
	var tables []drawn
	chapters, dotted := false, false
	var prev, prevText string // the line before and the last non-blank line before it
	lines := strings.SplitAfter(text, "\n")
	off := 0
	for i, raw := range lines {
		line := strings.TrimRight(raw, "\r\n")
		start := off
		off += len(raw)
		before := strings.TrimSpace(prev)
		blankBefore := i == 0 || before == ""
		if before != "" {
			prevText = before
		}
		prev = line
		if strings.HasPrefix(line, "┌") {
			if sec, ok := boxTable(lines[i+1:], prevText); ok {
				sec.Start = start
				tables = append(tables, drawn{sec, tableEnd(lines[i+1:], off)})
			}
			continue
		}
		blankAfter := i+1 >= len(lines) || strings.TrimSpace(lines[i+1]) == ""
		if line == "" || !blankBefore || !blankAfter || len(line) > maxTitleLen || strings.TrimSpace(line) != line || strings.ContainsAny(line[len(line)-1:], ".,;:") {
			continue
		}
		switch n := english.DivisionLabel(line); {
		case n == 0:
		case english.SectionNumber(line) == 0:
			chapters = true // "Chapter 9. Reference", "Appendix A. …"
			heads = append(heads, corpus.Section{Start: start, Level: 1, Title: line})
		default:
			dots := strings.Count(line[:n], ".")
			dotted = dotted || dots > 1 // "4.2. Index Menu": "1. Download", "2. Run make" alone are a list's items
			heads = append(heads, corpus.Section{Start: start, Level: min(dots, tableLevel-2), Title: line})
		}
	}
	if len(heads) < minManualHeadings || !dotted {
		heads = nil
	}
	if chapters {
		for k := range heads {
			if english.SectionNumber(heads[k].Title) > 0 {
				heads[k].Level++ // under its chapter
			}
		}
	}
	var out []corpus.Section
	h := 0
	for k, t := range tables {
		for h < len(heads) && heads[h].Start < t.sec.Start {
			out = append(out, heads[h])
			h++
		}
		out = append(out, t.sec)
		// The heading before the table (or none) is in force again on the
		// line after it.
		end := t.end
		if end >= len(text) || (h < len(heads) && heads[h].Start < end) || (k+1 < len(tables) && tables[k+1].sec.Start < end) {
			continue // the table runs to the text's end, or a heading or another table starts inside it: a drawing this does not read
		}
		switch {
		case h > 0:
			after := heads[h-1]
			after.Start = end
			out = append(out, after)
		case title != "":
			out = append(out, corpus.Section{Start: end, Level: 1, Title: title})
		default:
			out = out[:len(out)-1]
		}
	}
	out = append(out, heads[h:]...)
	if len(out) == 0 {
		return nil
	}
	return out
}

// tableLevel is the level of a drawn table's section: below every
// heading (a heading's level is at most tableLevel-1), so the table's
// caption closes the heading path.
const tableLevel = 9

// boxTable reads the lines after a table's top rule ("┌───┬───┐"): its
// header row, one line or more of "│" cells up to the rule under it
// ("├───┼───┤"), each cell's lines joined. The caption is the line before
// the table when it is one ("Table 9.3. Default Index Menu Bindings").
// False when the lines are no table of two columns or more with such a
// header.
func boxTable(lines []string, before string) (corpus.Section, bool) {
	var cells []string
	ruled := false
	for _, raw := range lines {
		line := strings.TrimSpace(raw)
		if strings.HasPrefix(line, "├") {
			ruled = true
			break
		}
		if !strings.HasPrefix(line, "│") || !strings.HasSuffix(line, "│") {
			return corpus.Section{}, false
		}
		parts := strings.Split(strings.TrimSuffix(strings.TrimPrefix(line, "│"), "│"), "│")
		if cells == nil {
			cells = make([]string, len(parts))
		}
		if len(parts) != len(cells) {
			return corpus.Section{}, false
		}
		for k, p := range parts {
			if p = strings.TrimSpace(p); p != "" {
				cells[k] = strings.TrimSpace(cells[k] + " " + p)
			}
		}
	}
	if !ruled || len(cells) < 2 || slices.ContainsFunc(cells, func(c string) bool { return !columnName.MatchString(c) }) {
		return corpus.Section{}, false // a row of data first ("%i │ parent message id"): no header to carry
	}
	title := "# " + strings.Join(cells, " │ ")
	if english.IsTableCaption(before) && len(before) <= maxTitleLen {
		title = "# " + before + ": " + strings.Join(cells, " │ ")
	}
	return corpus.Section{Level: tableLevel, Title: title}, true
}

// tableEnd is the offset of the line after a table whose lines after its
// top rule are lines, the first of them starting at offset off: the table
// goes on while its lines open with a bar or a rule ("│", "├", "└").
func tableEnd(lines []string, off int) int {
	for _, raw := range lines {
		t := strings.TrimSpace(raw)
		if !strings.HasPrefix(t, "│") && !strings.HasPrefix(t, "├") && !strings.HasPrefix(t, "└") {
			return off
		}
		off += len(raw)
		if strings.HasPrefix(t, "└") {
			return off
		}
	}
	return off
}
