package lossy

import (
	"strings"
	"unicode"
)

// The field-block view: a field-block file (miscfiles' cities.dat, mail
// and package headers) writes a record as one field a line, a key, a
// colon and a value ("Name        : Madrid", " Latitude   :   40.400"),
// and parts records by a blank line or a line of punctuation ("//").
// A field several lines from the record's name is out of an n-gram's
// reach from it ("What population does the city database give for
// Madrid?": the population stands two lines above the name). So each
// field of a block is also stated with the block's name first, then the
// key in lower case and the value ("Madrid; population 3102846"), as
// writeRecord states a keyed record, one line a field, where an order-6
// context holds the name, the key and the value at once. A value most of
// the passage's blocks share ("Type: City") gets no line.
// The name is the field keyed name, title or label (see nameField), or
// else the block's first field when the block opens after a separator
// within the passage (a block cut by the passage's start has lost its
// first field) and another block of the passage opens with the same key
// ("Package: hello", "Package: bash"): a glossary written one term a line
// ("afaik: as far as I know") is one block of keys all its own, and no
// record. A block needs minBlockFields fields; nothing is carried from
// one passage to the next.

// Field-block limits: the fewest fields of a block, the longest key, the
// longest name.
const (
	minBlockFields = 3
	maxBlockKey    = 32
	maxBlockName   = 64
)

// writeBlockView writes the field-block view of a passage's lines (see
// above).
func writeBlockView(b *strings.Builder, text string) {
	type block struct {
		fields []recordField
		opened bool // the block opens after a separator
	}
	var blocks []block
	cur := block{}
	flush := func(sep bool) {
		if len(cur.fields) >= minBlockFields {
			blocks = append(blocks, cur)
		}
		cur = block{opened: sep}
	}
	for line := range strings.SplitSeq(text, "\n") {
		line = strings.TrimSuffix(line, "\r")
		if isBlockSeparator(line) {
			flush(true)
			continue
		}
		k, v, ok := blockField(line)
		if !ok {
			flush(false)
			continue
		}
		cur.fields = append(cur.fields, recordField{k, v})
	}
	flush(false)
	firstKeys := make(map[string]int)
	keys := make(map[string]int)
	values := make(map[recordField]int)
	for _, bl := range blocks {
		firstKeys[bl.fields[0].key]++
		for _, f := range bl.fields {
			keys[f.key]++
			values[f]++
		}
	}
	// common reports whether most blocks holding f's key give it f's value
	// ("Type: City", "Location: Earth"): it tells no block apart, and
	// stated after each name it answers whatever question says its word.
	common := func(f recordField) bool { return keys[f.key] >= 2 && 2*values[f] > keys[f.key] }
	for _, bl := range blocks {
		name := nameField(bl.fields)
		if name < 0 && bl.opened && firstKeys[bl.fields[0].key] >= 2 && hasLetter(bl.fields[0].value) {
			name = 0
		}
		writeBlock(b, bl.fields, name, common)
	}
}

// writeBlock writes the lines of one block (see above), its name field
// name (none if negative), but for its fields common to the passage's
// blocks.
func writeBlock(b *strings.Builder, block []recordField, name int, common func(recordField) bool) {
	if name < 0 || len(block[name].value) > maxBlockName {
		return
	}
	for i, f := range block {
		if i == name || f.value == "" || len(f.value) > maxAnnotation || common(f) {
			continue
		}
		b.WriteString(block[name].value + "; " + strings.ToLower(readableKey(f.key)) + " " + f.value + "\n")
	}
}

// isBlockSeparator reports whether a line parts two blocks: blank, or
// punctuation alone ("//", "%%", "---").
func isBlockSeparator(line string) bool {
	return strings.IndexFunc(line, func(r rune) bool { return !unicode.IsPunct(r) && !unicode.IsSpace(r) }) < 0
}

// blockField reads a field line, "Key : value": a key of at most
// maxBlockKey bytes, opening with a letter, of letters, digits, spaces,
// "-" and "_" (at most three words), then a colon at the line's end or
// before a space.
func blockField(line string) (key, value string, ok bool) {
	key, value, ok = strings.Cut(line, ":")
	if !ok || value != "" && value[0] != ' ' && value[0] != '\t' {
		return "", "", false
	}
	key = strings.TrimSpace(key)
	if key == "" || len(key) > maxBlockKey || !unicode.IsLetter(rune(key[0])) || len(strings.Fields(key)) > 3 {
		return "", "", false
	}
	for _, r := range key {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ' ' && r != '-' && r != '_' {
			return "", "", false
		}
	}
	return key, strings.TrimSpace(value), true
}
