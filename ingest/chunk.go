package ingest

import (
	"github.com/verbatim-rag/verbatim/english"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/verbatim-rag/verbatim/corpus"
)

// Range is a passage's byte range [Start, End) in the extracted text.
type Range struct {
	Start int
	End   int
}

// Chunk cuts the extracted text into passage ranges of about cfg.Size bytes.
//
// Text under each top-level heading is cut on its own, so a passage crosses
// a top-level section boundary only when a section is shorter than cfg.Min.
// Within a section a cut falls, in order of preference, before a heading,
// at a blank line or after a line of closing brackets (a JSON record's
// "},"), after a sentence, at a line break or between words, and
// never inside a word unless a single word is longer than 4×Size. The next
// passage repeats the previous one's trailing whole sentences, up to
// cfg.Overlap bytes. Ranges never begin or end with white space (nor begin
// with a leading byte order mark); a text
// shorter than cfg.Size is one range, a blank text none.
//
// ex.Breaks are hard boundaries (chapter files, slides, row groups): no
// range crosses one, however short the text between two breaks is.
func Chunk(ex corpus.Extraction, cfg ChunkConfig) []Range {
	cfg = cfg.normalize()
	c := chunker{text: ex.Text, cfg: cfg, heads: headingStarts(ex.Sections, len(ex.Text))}
	var out []Range
	for _, blk := range blocks(ex.Breaks, bomLen(ex.Text), len(ex.Text)) {
		for _, reg := range c.regions(ex.Sections, blk) {
			out = c.region(reg, out)
		}
	}
	return out
}

// bomLen is the length of the UTF-8 byte order mark text starts with
// (Notepad writes one), or 0. A text-like file's extraction is its own
// bytes, mark included; passages leave it out, as they leave out white
// space, so that no quote or answer begins with an invisible character.
func bomLen(text string) int {
	if strings.HasPrefix(text, bom) {
		return len(bom)
	}
	return 0
}

const bom = "\ufeff"

// blocks splits [start, n) at the breaks (unsorted, possibly out of range).
func blocks(breaks []int, start, n int) []Range {
	bs := append([]int(nil), breaks...)
	sort.Ints(bs)
	out := make([]Range, 0, len(bs)+1)
	for _, b := range bs {
		if b > start && b < n {
			out = append(out, Range{start, b})
			start = b
		}
	}
	return append(out, Range{start, n})
}

// headingStarts returns the sorted offsets at which sections begin.
func headingStarts(sections []corpus.Section, n int) []int {
	var hs []int
	for _, s := range sections {
		if s.Start > 0 && s.Start < n {
			hs = append(hs, s.Start)
		}
	}
	sort.Ints(hs)
	return hs
}

type chunker struct {
	text  string
	cfg   ChunkConfig
	heads []int
}

// regions splits the block blk at its top-level headings, joining a
// region shorter than Min to the next one (the last to the one before).
func (c *chunker) regions(sections []corpus.Section, blk Range) []Range {
	top := 0
	for _, s := range sections {
		if s.Start >= blk.Start && s.Start < blk.End && (top == 0 || s.Level < top) {
			top = s.Level
		}
	}
	bounds := []int{blk.Start}
	for _, s := range sections {
		if s.Level == top && s.Start > bounds[len(bounds)-1] && s.Start < blk.End {
			bounds = append(bounds, s.Start)
		}
	}
	bounds = append(bounds, blk.End)
	var out []Range
	start := blk.Start
	for i := 1; i < len(bounds); i++ {
		r := c.trim(Range{start, bounds[i]})
		switch {
		case r.End-r.Start >= c.cfg.Min || r.End-r.Start == 0:
			if r.End > r.Start {
				out = append(out, r)
			}
			start = bounds[i]
		case i == len(bounds)-1 && len(out) > 0:
			out[len(out)-1].End = r.End
		case i == len(bounds)-1:
			out = append(out, r)
		}
	}
	return out
}

// region cuts one region into ranges appended to out.
func (c *chunker) region(reg Range, out []Range) []Range {
	s, prevCut := reg.Start, reg.Start
	for s < reg.End {
		if reg.End-s <= c.cfg.Size {
			return append(out, c.trim(Range{s, reg.End}))
		}
		cut, atHeading := c.cutPoint(s, reg.End, prevCut)
		if rest := c.trim(Range{cut, reg.End}); rest.End-rest.Start < c.cfg.Min {
			return append(out, c.trim(Range{s, reg.End}))
		}
		if r := c.trim(Range{s, cut}); len(out) == 0 || r.End > out[len(out)-1].End {
			out = append(out, r)
		} // else the overlap and white space up to the cut are all it holds: the passage before has them
		next := cut
		if !atHeading {
			next = c.overlapStart(s, cut)
		}
		s, prevCut = c.trim(Range{next, reg.End}).Start, cut
	}
	return out
}

// Priorities of cut points, best last.
const (
	cutWord  = iota + 1
	cutKeyed // between two lines of one record (see sameKey)
	cutLine
	cutSentence
	cutPara
	cutHeading
)

// cutPoint chooses where the passage starting at s ends: the best
// boundary after prevCut within Size bytes, the latest of equal ones.
func (c *chunker) cutPoint(s, end, prevCut int) (cut int, atHeading bool) {
	hi := runeStart(c.text, min(end, s+c.cfg.Size))
	best, bestPri := -1, 0
	headLo := max(prevCut+1, s+max(1, c.cfg.Size/4))
	for _, h := range c.heads {
		if h >= headLo && h <= hi {
			best, bestPri = h, cutHeading
		}
	}
	if best >= 0 {
		return best, true
	}
	lo := max(prevCut+1, s+c.cfg.Size/2)
	for i := lo; i <= hi && i < end; i++ {
		if pri := c.gapPriority(s, i); pri >= bestPri && pri > 0 {
			best, bestPri = i, pri
		}
	}
	if best >= 0 {
		return best, false
	}
	return c.fallbackCut(s, end, prevCut, hi), false
}

// fallbackCut handles a window without white space: the last gap before
// it, else the first after it (within 4×Size), else a cut at a rune start.
func (c *chunker) fallbackCut(s, end, prevCut, hi int) int {
	for i := hi; i > prevCut; i-- {
		if c.gapPriority(s, i) > 0 {
			return i
		}
	}
	for i := hi; i < end && i <= s+4*c.cfg.Size; i++ {
		if c.gapPriority(s, i) > 0 {
			return i
		}
	}
	if floor := max(prevCut, s); hi <= floor {
		hi = runeEnd(c.text, floor+1) // a Size smaller than one rune
	}
	return hi
}

// gapPriority rates cutting at i, which must be the first white-space
// byte after a word; 0 means i is not such a place.
func (c *chunker) gapPriority(s, i int) int {
	if i <= s || i >= len(c.text) || !isSpace(c.text[i]) || isSpace(c.text[i-1]) {
		return 0
	}
	j := i
	newlines := 0
	for j < len(c.text) && isSpace(c.text[j]) {
		if c.text[j] == '\n' {
			newlines++
		}
		j++
	}
	line := "" // the line a line break after i ends, from s on
	if newlines == 1 {
		line = c.text[max(s, strings.LastIndexByte(c.text[:i], '\n')+1):i]
	}
	switch {
	case newlines >= 2, newlines == 1 && closesRecord(line, c.text[i:]):
		return cutPara
	case sentenceEnd(c.text, s, i):
		return cutSentence
	case newlines == 1 && sameKey(line, c.text[j:]):
		return cutKeyed // a record written over two lines keyed alike ("0012;DEVICE CONTROL TWO;control", "0012;DC2;abbreviation"): cut elsewhere if the window allows
	case newlines == 1:
		return cutLine
	}
	return cutWord
}

// sameKey reports whether line and the line that after opens begin with
// the same key: a first field of at most 16 bytes without white space,
// ended by a field separator (";", a tab, ",", ":" or "|") on both.
func sameKey(line, after string) bool {
	key := func(l string) string {
		k := strings.IndexAny(l, ";\t,:|")
		if k <= 0 || k > 16 || strings.ContainsAny(l[:k], " \r\n") {
			return ""
		}
		return l[:k]
	}
	if nl := strings.IndexByte(after, '\n'); nl >= 0 {
		after = after[:nl]
	}
	k := key(line)
	return k != "" && k == key(after)
}

// closesRecord reports whether a passage may end after line as after a
// paragraph: line closes a block (closesBlock) and what follows opens the
// next one (`{`, `[`, `"name": {`) or closes the block around it, less indented. A
// nested object's "}," inside a record is followed by the record's next
// field, as indented as itself: the record goes on.
func closesRecord(line, after string) bool {
	if !closesBlock(line) {
		return false
	}
	next := after // the lines after, from the first that holds more than white space
	for {
		nl := strings.IndexByte(next, '\n')
		if nl < 0 || strings.TrimSpace(next[:nl]) != "" {
			break
		}
		next = next[nl+1:]
	}
	rest := strings.TrimLeft(next, " \t")
	if rest == "" || rest[0] == '{' || rest[0] == '[' {
		return true
	}
	if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
		if l := strings.TrimRight(rest[:nl], " \t\r"); strings.HasSuffix(l, "{") || strings.HasSuffix(l, "[") {
			return true // `"name": {` opens the next object of a JSON Schema's properties
		}
	}
	return len(next)-len(rest) < len(line)-len(strings.TrimLeft(line, " \t"))
}

// closesBlock reports whether line holds only closing brackets and the
// commas or semicolons after them ("    },", "};", "]"): a JSON table's
// record, a C function or a Lisp form ends there, as a
// paragraph ends at a blank line (where the next record opens: see
// closesRecord), and a passage cut there holds whole
// records rather than the tail of one and the head of the next.
func closesBlock(line string) bool {
	seen := false
	for k := 0; k < len(line); k++ {
		switch line[k] {
		case '}', ']', ')':
			seen = true
		case ',', ';', ' ', '\t', '\r':
		default:
			return false
		}
	}
	return seen
}

// overlapStart returns where the passage after a cut begins: the start of
// the earliest whole sentence (or paragraph) after s that begins at most
// Overlap bytes before the cut, else the cut itself.
func (c *chunker) overlapStart(s, cut int) int {
	from := max(s+1, cut-c.cfg.Overlap)
	for i := from; i < cut; i++ {
		pri := c.gapPriority(s, i)
		if pri != cutSentence && pri != cutPara {
			continue
		}
		j := i
		for j < cut && isSpace(c.text[j]) {
			j++
		}
		if j < cut {
			return c.afterHeading(j, cut)
		}
	}
	return cut
}

// afterHeading moves an overlap start past a heading that lies before cut,
// so that an overlap never reaches back into the previous section.
func (c *chunker) afterHeading(start, cut int) int {
	for _, h := range c.heads {
		if h > start && h < cut {
			start = h
		}
	}
	return start
}

// trim shrinks r to exclude leading and trailing white space.
func (c *chunker) trim(r Range) Range {
	for r.Start < r.End && isSpace(c.text[r.Start]) {
		r.Start++
	}
	for r.End > r.Start && isSpace(c.text[r.End-1]) {
		r.End--
	}
	return r
}

// asciiSpace marks the ASCII white-space bytes.
var asciiSpace = [256]bool{' ': true, '\n': true, '\t': true, '\r': true, '\f': true, '\v': true}

func isSpace(b byte) bool { return asciiSpace[b] }

// runeStart moves i back to the start of the rune holding it.
func runeStart(s string, i int) int {
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}

// runeEnd moves i forward to the start of the next rune.
func runeEnd(s string, i int) int {
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return i
}

// sentenceEnd reports whether text[:i] (from s) ends with a sentence: ".",
// "!" or "?" possibly followed by closing quotes or brackets, and not the
// dot of an abbreviation, an initial or a list number.
func sentenceEnd(text string, s, i int) bool {
	if i <= s {
		return false
	}
	if c := text[i-1]; c < utf8.RuneSelf && strings.IndexByte(".!?\"')]", c) < 0 {
		return false // the common case: a word ends with a letter or digit
	}
	k := i
	for k > s {
		r, n := utf8.DecodeLastRuneInString(text[s:k])
		if !strings.ContainsRune(`"')]”’»`, r) {
			break
		}
		k -= n
	}
	if k <= s {
		return false
	}
	switch text[k-1] {
	case '!', '?':
		return true
	case '.':
	default:
		return false
	}
	w := k - 1
	for w > s && !isSpace(text[w-1]) && text[w-1] != '(' {
		w--
	}
	return !notSentenceDot(text, w, text[w:k-1])
}

// notSentenceDot reports a dot after word (at offset w) that does not end a
// sentence (see english.DotEndsSentence).
func notSentenceDot(text string, w int, word string) bool {
	lineStart := w == 0 || text[w-1] == '\n'
	prev := strings.TrimRight(text[:w], " \t")
	if k := strings.LastIndexAny(prev, " \t\n"); k >= 0 {
		prev = prev[k+1:]
	}
	next := 'x' // nothing known yet after the text: an abbreviation does not end it
	if k := w + len(word) + 1; k < len(text) {
		if rest := strings.TrimLeft(text[k:], " \t\n"); rest != "" {
			next, _ = utf8.DecodeRuneInString(rest)
		}
	}
	return !english.DotEndsSentence(prev, word, next, lineStart)
}
