package lossy

import "strings"

// The names-list view: a names list (Unicode's NamesList.txt) writes a
// record as a head line, a code and a name parted by a tab
// ("1163F\tMODI SIGN VIRAMA"), and under it annotation lines, each a tab
// and a mark: "\t= halant" (an alias), "\t% …" (a formal alias), "\t* …"
// (a note), "\tx (…)" (a cross-reference), "\t: …" (a decomposition).
// The annotations after the first stand several lines from the name, out
// of an n-gram's reach, and nothing but the head line links an
// annotation back to the name a question asks for ("Which character is
// also called the line marker?").
// So each annotation is also stated with its record: the name first,
// then the annotation's text without its mark, then the code ("MODI SIGN
// VIRAMA; halant 1163F"), as writeRecord states a row (the mark would
// take a token of the context and leave the name's first word out of an
// order-6 model's reach: "VOWEL SIGN AA; =" is any script's); and the
// annotation first, its mark kept, then the name in lower case and the
// code ("= line marker; turned not sign 2319"), as an index line does.
// The lower case is the list's own way to name another record ("x (not
// sign - 00AC)"), and it keeps the index line out of the contexts that
// follow the name itself: there, a line end or a code after the name
// would compete with its UnicodeData fields ("TIBETAN VOWEL SIGN AA;
// Mn 129 NSM N") and answer a question for its combining class with
// "0F71" or "= a-chung".
// Cross-references ("x") name another record, whose own lines state it;
// restated under this one they outrank its UnicodeData fields ("CJK
// RADICAL CHOKE; x 65E1" over "…; So 0 ON N"). Decompositions (":", "#")
// and variation sequences ("~") restate UnicodeData's fields. None of
// these gets a line.

// annotationMarks are the marks of the annotation lines the view
// restates.
const annotationMarks = "=%*"

// maxAnnotation caps the bytes of an annotation the view restates: a
// long note is prose, beyond an n-gram's reach however it is stated.
const maxAnnotation = 160

// namesHead returns the code and the name of a names list's head line,
// "CODE\tNAME" (a code of 4–6 upper-case hexadecimal digits, see
// rangeCode, and a name with a letter).
func namesHead(line string) (code, name string, ok bool) {
	code, name, ok = strings.Cut(line, "\t")
	name = strings.TrimSpace(name)
	if _, isCode := rangeCode(code); !ok || !isCode || !hasLetter(name) || strings.Contains(name, "\t") {
		return "", "", false
	}
	return code, name, true
}

// annotation returns an annotation line's mark and text ("\t= halant" →
// "=", "halant"), for the marks of annotationMarks.
func annotation(line string) (mark, text string, ok bool) {
	if len(line) < 4 || line[0] != '\t' || line[2] != ' ' || strings.IndexByte(annotationMarks, line[1]) < 0 {
		return "", "", false
	}
	text = strings.TrimSpace(line[3:])
	if !hasLetter(text) || len(text) > maxAnnotation {
		return "", "", false
	}
	return line[1:2], text, true
}

// writeNamesView writes the names-list view of a passage's lines (see
// above). An annotation counts only under a head line of the same
// passage, with nothing but annotations between them; the head is
// carried from the last passage in *head, and a passage of the same text
// goes on from there.
func writeNamesView(b *strings.Builder, text string, head *[2]string) {
	for line := range strings.SplitSeq(strings.TrimSuffix(text, "\n"), "\n") {
		line = strings.TrimSuffix(line, "\r")
		if code, name, ok := namesHead(line); ok {
			*head = [2]string{code, name}
			continue
		}
		mark, note, ok := annotation(line)
		if !ok {
			if !strings.HasPrefix(line, "\t") || line == "" {
				*head = [2]string{}
			}
			continue
		}
		if head[0] == "" {
			continue
		}
		code, name := head[0], head[1]
		b.WriteString(name + "; " + note + " " + code + "\n")
		b.WriteString(mark + " " + note + "; " + strings.ToLower(name) + " " + code + "\n")
	}
}
