package lossy

import (
	"cmp"
	"context"
	"fmt"
	"github.com/verbatim-rag/verbatim/english"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxPrompts caps the prompts tried per bare question.
const maxPrompts = 8

// prompt is a span of the question the model knows as a context.
type prompt struct {
	keys  []string
	score float64
	logp  float64 // a backward prompt's log2-probability (see backPrompts)
	back  bool    // a key found before the subject (see backPrompts)
	// keyLen is how many tokens of a backward prompt come before the
	// subject: the key and its separator.
	keyLen int
	// ranged marks the opening of a range record holding the question's
	// codes (see rangePrompts).
	ranged bool
	// opening marks a span of the question held at a line's start, where
	// a record file states its key.
	opening bool
}

// bare answers from the model alone: it continues the spans of the
// question the model knows best (the subject, "the capital of Norland"),
// searching the model's continuations of each (see searcher.search) for a
// unit that states a value of the asked type, and keeps the continuation
// that ranks best (see rankBare). At a temperature above 0 each prompt is
// continued by sampling instead, steered the same way.
func (g *Generator) bare(ctx context.Context, q *question, a *answer, smp *sampler, maxTok int) error {
	var best []string
	bestScore := math.Inf(-1)
	q = withoutNotation(q)
	s := &searcher{g: g, q: q, maxUnit: g.cfg.MaxSentences, cls: make(map[int]steerClass), folds: make(map[int]uint64)}
	prompts := append(g.prompts(q), g.rangePrompts(q)...)
	keys := g.rowKeys(q)
	for _, p := range prompts {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("lossy: generate: %w", err)
		}
		s.maxTok = maxTok - len(p.keys)
		if s.maxTok <= 0 {
			continue
		}
		conts, err := g.continuations(ctx, s, q, p, smp, searchNodes/len(prompts))
		if err != nil {
			return err
		}
		for _, c := range conts {
			all := append(slices.Clone(p.keys), c.keys...)
			subject, said := p.keys, c.keys
			if p.back {
				// The key found before the subject is said by the answer,
				// not asked by the question.
				subject, said = p.keys[p.keyLen:], append(slices.Clone(p.keys[:p.keyLen]), c.keys...)
			}
			if textRepeats(all) {
				// Read back as text, the tokens part differently (an HTML
				// tag split across the prompt and the continuation) and
				// repeat a three-token sequence the search did not see.
				continue
			}
			if p.ranged {
				// The range states the codes the question gives.
				subject = append(slices.Clone(p.keys), codeKeys(q)...)
			}
			sc := rankBare(q, subject, said, c.logp) + 0.5*float64(len(p.keys))
			if p.ranged {
				// A range that holds every code given answers which span
				// holds them, more surely than a record of one code.
				sc += typeWeight * p.score
			}
			if p.opening && len(p.keys) == 1 && classify(p.keys[0]).code && !q.meaning && g.afterBreak(p.keys[0]) {
				// A code the question gives, held where it opens its
				// record ("06db  Paradyne"), goes on with that record.
				sc += typeWeight
			}
			if p.opening && q.meaning && wordsSaid(q, said) >= 2 {
				// What a term stands for follows it where it opens its
				// record ("Sk Modifier_Symbol"), not where it is one
				// word of a comment ("# Sk FULLWIDTH MACRON").
				sc += typeWeight / 2
			}
			if last := strings.TrimPrefix(p.keys[len(p.keys)-1], " "); q.atype != codeType && (q.codes[last] || keys[last]) && !p.back && namesFirst(c.keys) {
				// A code the question gives, and a name after it: a
				// record keyed by that code ("alpha 2 as Assamese",
				// "CHW WIR Franc"), where the question asks what has
				// the code, not the record's other codes ("as alpha 3
				// asm"). A key given without a code noun likewise
				// ("block 8C1F6453F" → ",Velvac Incorporated,…", not a
				// table view's "8C1F6453F organization address …").
				sc += typeWeight
			}
			if q.atype != codeType && len(q.codes) > 0 && !statesCode(q, all) {
				// An answer about a code the question gives comes from
				// that code's record and states it: a continuation of
				// the question's other words ("product" → "product
				// Vendor ID vendor 6666") is about another record.
				sc -= typeWeight
			} else if q.atype != codeType && len(keys) > 0 && !statesAny(keys, all) && !spansAny(keys, all) {
				// So does an answer about a record's key the question
				// gives without a code noun ("the MA-S block
				// 8C1F6453F"): not a row whose name ends in one of the
				// question's words ("… company; assignment 8C1F64E64").
				// A range that holds the key ("1FB00..1FBFF") states it.
				sc -= typeWeight
			}
			if asksSpan(q) && saysSpan(said) {
				sc += typeWeight
			}
			if p.back {
				sc += logpWeight * p.logp
				if q.atype == codeType && classify(strings.TrimPrefix(p.keys[0], " ")).code {
					// The key a record states before the name is the code
					// asked for, more surely than a code among the fields
					// after it ("WHITE CHESS KING;So;0;ON").
					sc += 2 * typeWeight
				}
			}
			if sc > bestScore {
				best, bestScore = all, sc
			}
		}
	}
	for _, k := range best {
		a.addModel(k)
	}
	return nil
}

// maxKeyCount is the most times the model may hold a word for rowKeys
// to read it as a record's key: a key names one record, stated in its row
// and in the row's view lines.
const maxKeyCount = 4

// rowKeys returns the words of the question that read as a record's key
// whether or not a code noun names them: a word of letters and digits
// only, both among them ("8C1F6453F", "0050C2B04", "F46942"), that the
// model holds at most maxKeyCount times. A name's word ("MP3", "alpha-2")
// recurs; a key is stated where its record is.
func (g *Generator) rowKeys(q *question) map[string]bool {
	var out map[string]bool
	for i, t := range q.toks {
		w := t.Body(q.text)
		if !isRowKey(w) || q.codes[w] || i >= 2 && q.toks[i-1].Body(q.text) == "+" && english.IsNotationLetters(q.toks[i-2].Body(q.text)) {
			continue // a code point in its notation ("U+1FBB7") is read by the code-point rules
		}
		n := 0
		for _, k := range []string{w, " " + w} {
			if id, ok := g.m.ids[k]; ok {
				n += int(g.m.count[id])
			}
		}
		if n == 0 || n > maxKeyCount {
			continue
		}
		if out == nil {
			out = make(map[string]bool)
		}
		out[w] = true
	}
	return out
}

// isRowKey reports whether a word is made of letters and digits only,
// both among them.
func isRowKey(w string) bool {
	letter, digit := false, false
	for _, r := range w {
		switch {
		case unicode.IsLetter(r):
			letter = true
		case unicode.IsDigit(r):
			digit = true
		default:
			return false
		}
	}
	return letter && digit
}

// spansAny reports whether keys state a range, "LO..HI", that holds one
// of codes (see rangeCode).
func spansAny(codes map[string]bool, keys []string) bool {
	for i := 0; i+3 < len(keys); i++ {
		if keys[i+1] != "." || keys[i+2] != "." {
			continue
		}
		lo, ok1 := rangeCode(strings.TrimPrefix(keys[i], " "))
		hi, ok2 := rangeCode(keys[i+3])
		if !ok1 || !ok2 {
			continue
		}
		for c := range codes {
			if v, ok := rangeCode(c); ok && lo <= v && v <= hi {
				return true
			}
		}
	}
	return false
}

// statesCode reports whether keys state a code the question gives.
func statesCode(q *question, keys []string) bool { return statesAny(q.codes, keys) }

// statesAny reports whether keys state one of codes.
func statesAny(codes map[string]bool, keys []string) bool {
	for _, k := range keys {
		if codes[strings.TrimPrefix(k, " ")] {
			return true
		}
	}
	return false
}

// namesFirst reports whether a continuation's first word opens with a
// capital letter and reads as a name: a word that is no code, or a code
// before another capitalised word ("WIR Franc").
func namesFirst(keys []string) bool {
	for i, k := range keys {
		c := classify(strings.TrimPrefix(k, " "))
		if !c.word {
			continue
		}
		if !c.cap || c.number {
			return false
		}
		if !c.code {
			return true
		}
		return i+1 < len(keys) && classify(strings.TrimPrefix(keys[i+1], " ")).cap
	}
	return false
}

// textRepeats reports whether the answer keys make, tokenized afresh,
// repeats a three-token sequence: the check verify.RepeatedTrigram makes
// of an answer.
func textRepeats(keys []string) bool {
	a := &answer{}
	for _, k := range keys {
		a.addModel(k)
	}
	text := a.b.String()
	seen := make(map[[3]string]bool)
	toks := english.Tokenize(text)
	for i := 0; i+3 <= len(toks); i++ {
		tri := [3]string{toks[i].Key(text), toks[i+1].Key(text), toks[i+2].Key(text)}
		if seen[tri] {
			return true
		}
		seen[tri] = true
	}
	return false
}

// continuation is a decoded continuation of a prompt and its
// log2-probability under the model.
type continuation struct {
	keys []string
	logp float64
}

// continuations returns the candidate continuations of prompt p: the
// finished units of the best-first search at temperature 0, one sampled
// unit otherwise.
func (g *Generator) continuations(ctx context.Context, s *searcher, q *question, p prompt, smp *sampler, nodes int) ([]continuation, error) {
	if smp.rng != nil {
		keys, logp, err := g.continueFrom(ctx, q, p.keys, smp, s.maxTok)
		return []continuation{{keys, logp}}, err
	}
	hs, err := s.search(ctx, p.keys, nodes)
	if err != nil {
		return nil, err
	}
	out := make([]continuation, len(hs))
	for i, h := range hs {
		out[i].logp = h.logp
		for _, id := range h.ids {
			out[i].keys = append(out[i].keys, g.m.vocab[id])
		}
	}
	return out, nil
}

// rankBare scores a bare answer, a prompt and its continuation: the
// rarity of the question words it covers, whether the continuation holds
// the asked type of answer, whether it says anything the question does not
// (a continuation that only echoes the question's words answers nothing),
// and the continuation's log-probability, which is near 0 where the model
// holds what the text said.
func rankBare(q *question, prompt, cont []string, logp float64) float64 {
	a := &answer{}
	for _, k := range prompt {
		a.note(k, strings.TrimPrefix(k, " "))
	}
	news, worded := 0, false
	for _, k := range cont {
		body := strings.TrimPrefix(k, " ")
		a.note(k, body)
		if c := classify(body); c.word && !english.IsStopword(strings.ToLower(body)) && !q.mentions(c.stem) {
			news++
			worded = worded || saysWord(body)
		}
	}
	score := 0.0
	for _, w := range q.words {
		if i := stemAt(a.classes, w.stem); i >= 0 {
			score += min(w.idf, q.formIDF(w, a.bodies[i]))
		}
	}
	switch {
	case news == 0:
		score -= 2 * typeWeight
	case q.meaning && news < 2:
		score -= typeWeight // an expansion says several words
	case !worded && asksName(q):
		score -= typeWeight // a name is said in words, not in codes
	}
	if q.atype != anyType {
		if a.satisfies(q) {
			score += typeWeight
		} else {
			score -= typeWeight
		}
	}
	if countsFocus(q, a.classes) {
		score += typeWeight / 2
	}
	return score + logpWeight*logp
}

// stemAt returns the index of the first word of cls with stem st, or -1.
func stemAt(cls []tokenClass, st string) int {
	return slices.IndexFunc(cls, func(c tokenClass) bool { return c.word && sameWord(c.stem, st) })
}

// formIDF is the rarity of the form in which an answer says question word
// w: another word of the same stem (see sameForm) weighs as rare as the
// form the answer says, not as the question's. A table's column name ("Assignment" in the
// header row a CSV passage repeats) says "assigned" in a form every
// passage holds, and tells no record apart.
func (q *question) formIDF(w qword, body string) float64 {
	lw := strings.ToLower(body)
	if q.idf == nil || sameForm(lw, strings.ToLower(q.toks[w.tok].Body(q.text))) {
		return w.idf
	}
	return q.idf(lw)
}

// sameForm reports whether two lower-cased words are one form but for a
// possessive or an inflection WordNet undoes ("malta", "malta's";
// "territory", "territories"), or are not both words WordNet knows (a
// name's variants, "anusvaraya", "anusvara"): "assigned" and
// "assignment" are two words.
func sameForm(a, b string) bool {
	forms := func(w string) ([]string, bool) {
		for _, s := range []string{"'s", "’s"} {
			w = strings.TrimSuffix(w, s)
		}
		base := english.Base(w)
		return append(base, w), len(base) > 0
	}
	fa, knownA := forms(a)
	fb, knownB := forms(b)
	return !knownA || !knownB || slices.ContainsFunc(fb, func(f string) bool { return slices.Contains(fa, f) })
}

// asksName reports whether the question asks what something is called
// or what it means: the answer is a name or words ("What is TIBETAN VOWEL
// SIGN AA otherwise called?", "What does the CLOSED MAILBOX WITH RAISED
// FLAG signify?"), not the codes a record's common fields hold ("Mn 0 NSM
// N").
func asksName(q *question) bool {
	lower := make([]string, len(q.toks))
	for i, t := range q.toks {
		lower[i] = strings.ToLower(t.Body(q.text))
	}
	for i, lw := range lower {
		if english.AsksNameAt(lower, i) || english.IsMeanVerb(lw) || english.IsDenoteVerb(lw) || lw == "known" {
			return true
		}
	}
	return false
}

// saysWord reports whether a token is a word of four letters or more
// without a digit: a word of a name or a definition ("mailbox",
// "a-chung", "PARAGRAPH"), not a short code ("Mn", "NSM", "0") nor a
// code point ("1F4ED").
func saysWord(body string) bool {
	n, digit := 0, false
	for _, r := range body {
		switch {
		case unicode.IsLetter(r):
			n++
		case unicode.IsDigit(r):
			digit = true
		}
	}
	return n >= 4 && !digit
}

// afterBreak reports whether the model holds key right after a line
// break: a line's first token, as a record file states its key ("06db
// Paradyne" in usb.ids), not a token after a quote ("\"ISO 3166-1\"").
func (g *Generator) afterBreak(key string) bool {
	nl, ok := g.m.ids["\n"]
	if !ok {
		return false
	}
	ms := g.m.matches([]uint64{g.m.hash[nl], tokHash(key)})
	return len(ms) > 0 && ms[len(ms)-1].k == 2
}

// wordsSaid counts the words of keys that say something the question
// does not (see saysWord): an expansion's words, not a code or a mark.
func wordsSaid(q *question, keys []string) int {
	n := 0
	for _, k := range keys {
		body := strings.TrimPrefix(k, " ")
		if c := classify(body); c.word && saysWord(body) && !q.mentions(c.stem) {
			n++
		}
	}
	return n
}

// countsFocus reports whether a number the question does not hold stands
// right before the counted noun of a "how many" question ("30 books").
func countsFocus(q *question, cls []tokenClass) bool {
	for i, c := range cls {
		if !c.number || q.mentions(c.stem) {
			continue
		}
		for j := i + 1; j < len(cls) && j <= i+2; j++ {
			for _, f := range q.focus {
				if cls[j].word && sameWord(cls[j].stem, f) {
					return true
				}
			}
		}
	}
	return false
}

// logpWeight is the weight of a continuation's log2-probability in
// rankBare: each bit the model doubts a continuation by costs as much as
// two bits of a question word's rarity, so a continuation that leaves what
// the model holds to take in a question word ("Mount Moul was first
// climbed in 1929") loses to the one the text said ("Mount Moul was
// made by Petwol Barkastor in 1815").
const logpWeight = 2

// prompts lists the spans of the question (and of its declarative
// rewrite, "When was X born" → "X was born") that the model holds as whole
// contexts, the longest and rarest first.
func (g *Generator) prompts(q *question) []prompt {
	idf := g.m.IDF()
	seqs := [][]string{questionKeys(q)}
	if r := declarative(seqs[0]); r != nil {
		seqs = append(seqs, r)
	}
	if r := unpossessive(seqs[0]); r != nil {
		seqs = append(seqs, r)
	}
	seen := make(map[string]bool)
	var out []prompt
	for _, seq := range seqs {
		for i := range seq {
			for j := i + 1; j <= len(seq) && j-i < g.m.hdr.Order; j++ {
				for _, keys := range g.surfaceForms(q, seq[i:j]) {
					p, ok := g.makePrompt(q, keys, idf)
					p.opening = !strings.HasPrefix(keys[0], " ") && strings.HasPrefix(seq[i], " ")
					if ok && !seen[strings.Join(keys, "\x00")] {
						seen[strings.Join(keys, "\x00")] = true
						out = append(out, p)
					}
				}
			}
		}
	}
	out = slices.DeleteFunc(out, func(p prompt) bool { return q.hasSubject() && !q.namesSubject(p.keys) })
	slices.SortStableFunc(out, func(a, b prompt) int { return cmp.Compare(b.score, a.score) })
	out = coveringPrompts(q, out, maxPrompts)
	var more []prompt
	add := func(p prompt) {
		if k := strings.Join(p.keys, "\x00"); !seen[k] {
			seen[k] = true
			more = append(more, p)
		}
	}
	for _, p := range out[:min(len(out), backSpans)] {
		if h, ok := g.headword(p.keys); ok {
			add(prompt{keys: h, score: p.score + 1})
		}
		if q.atype != codeType || !q.namesSubject(p.keys) || !holdsCapital(p.keys) {
			continue
		}
		for _, b := range g.backPrompts(q, p.keys) {
			b.score = p.score
			add(b)
		}
	}
	for _, b := range g.bridgePrompts(q, out) {
		add(b)
	}
	return append(out, more...)
}

// coveringPrompts keeps the best n of prompts (sorted best first), but
// first the best prompt holding each content word of the question that
// no better one holds: long spans of the question's common words ("ISO
// 3166-2 code", "the ISO 3166-2 code") must not crowd out the one word
// that names what it asks about ("Ohio"). The kept prompts stay in order.
func coveringPrompts(q *question, prompts []prompt, n int) []prompt {
	if len(prompts) <= n {
		return prompts
	}
	covered := make(map[string]bool)
	keep := make([]bool, len(prompts))
	kept := 0
	for i, p := range prompts {
		if kept == n {
			break
		}
		for _, k := range p.keys {
			c := classify(strings.TrimPrefix(k, " "))
			if !c.word || q.stopword(strings.TrimSpace(k)) || !q.mentions(c.stem) || covered[c.stem] {
				continue
			}
			covered[c.stem] = true
			if !keep[i] {
				keep[i] = true
				kept++
			}
		}
	}
	for i := range prompts {
		if kept < n && !keep[i] {
			keep[i] = true
			kept++
		}
	}
	out := prompts[:0]
	for i, p := range prompts {
		if keep[i] {
			out = append(out, p)
		}
	}
	return out
}

// headword returns a span followed by the line break that ends it, when
// the model holds the span alone on a line ("CSMA\n Carrier Sense
// Multiple Access"): a glossary's headword, whose expansion or definition
// follows on the next line, as opposed to the same word inside another
// entry's text or at the end of a table's row (see endsRow).
func (g *Generator) headword(keys []string) ([]string, bool) {
	if strings.HasPrefix(keys[0], " ") {
		return nil, false
	}
	hist := make([]uint64, len(keys))
	for i, k := range keys {
		hist[i] = tokHash(k)
	}
	ms := g.m.matches(tail(hist, g.m.hdr.Order-1))
	nl, ok := g.m.ids["\n"]
	if len(ms) == 0 || !ok || !g.m.follows(ms[len(ms)-1], int(nl)) || g.endsRow(keys, int(nl)) {
		return nil, false
	}
	return append(slices.Clone(keys), "\n"), true
}

// rowDelimiters part a delimited row's fields where the model keeps them
// as tokens of their own (a tab is white space before the next token).
var rowDelimiters = []string{":", ";"}

// endsRow reports whether the model holds keys as the last field of a
// delimited row, after a delimiter and before the line's end, and never
// alone on a line after a line break: in a table of codes and names
// ("960:Maldives" in a list of telephone country codes) the line after
// the name is the next record ("961:Lebanon"), not what the name stands
// for, as it is after a glossary's headword ("CSMA\n Carrier Sense
// Multiple Access").
func (g *Generator) endsRow(keys []string, nl int) bool {
	if len(keys)+1 > g.m.hdr.Order-1 {
		return false
	}
	heldAfter := func(first string) bool {
		hist := []uint64{tokHash(first)}
		for _, k := range keys {
			hist = append(hist, tokHash(k))
		}
		ms := g.m.matches(hist)
		return len(ms) > 0 && ms[len(ms)-1].k == len(hist) && g.m.follows(ms[len(ms)-1], nl)
	}
	if heldAfter("\n") {
		return false
	}
	return slices.ContainsFunc(rowDelimiters, heldAfter)
}

// backSpans is how many of the best spans of a question are searched
// backwards for a key the text states before them (see backPrompts).
const backSpans = 4

// surfaceForms returns the forms a span of the question may take in the
// training text: as the question writes it, at the start of a line (no
// space before it) and, when it names the subject (no cue word, no stop
// word first) and holds a lower-case letter, upper-cased, the way record
// files write names ("pile of poo" → "PILE OF POO"; one word only as a
// headword on its own line); a word in capitals the model does not know
// also lower-cased at a line's start (see lowerKey).
func (g *Generator) surfaceForms(q *question, keys []string) [][]string {
	out := [][]string{keys, unspaced(keys)}
	if low, ok := g.lowerKey(keys); ok {
		return append(out, low)
	}
	joined := strings.Join(keys, "")
	up := strings.ToUpper(joined)
	if up == joined || len(up) != len(joined) || !q.plainSubject(keys) {
		return out
	}
	upper := make([]string, len(keys))
	for i, k := range keys {
		upper[i] = strings.ToUpper(k)
	}
	if len(keys) > 1 {
		return append(out, upper, unspaced(upper))
	}
	// One word upper-cased is as often another word ("block", "BLOCK"):
	// only a headword alone on its line ("npm" → "NPM\n").
	if _, ok := g.headword(unspaced(upper)); ok {
		out = append(out, unspaced(upper))
	}
	return out
}

// lowerKey returns a word the question writes in capitals, an
// abbreviation ("What does IANAL stand for?"), lower-cased at a line's
// start, when the model knows it only that way: glossaries of the
// abbreviations of mail and chat key their terms in lower case
// ("ianal:<tab>I am not a lawyer"), as they are typed.
func (g *Generator) lowerKey(keys []string) ([]string, bool) {
	body := strings.TrimPrefix(keys[0], " ")
	if len(keys) != 1 || utf8.RuneCountInString(body) < 2 || strings.ToUpper(body) != body || strings.ToLower(body) == body || !english.IsWord(body) {
		return nil, false
	}
	for _, k := range []string{body, " " + body} {
		if _, ok := g.m.ids[k]; ok {
			return nil, false
		}
	}
	return []string{strings.ToLower(body)}, true
}

// makePrompt accepts a span ending on a content word that the model holds
// as a context of its full length.
func (g *Generator) makePrompt(q *question, keys []string, idf func(string) float64) (prompt, bool) {
	last := strings.TrimPrefix(keys[len(keys)-1], " ")
	if !english.IsWord(last) || q.stopword(last) {
		return prompt{}, false
	}
	hist := make([]uint64, len(keys))
	for i, k := range keys {
		hist[i] = tokHash(k)
	}
	ms := g.m.matches(hist)
	if len(ms) == 0 || ms[len(ms)-1].k != len(keys) {
		return prompt{}, false
	}
	p := prompt{keys: keys, score: 2 * float64(len(keys))}
	for _, k := range keys {
		if w := strings.TrimPrefix(k, " "); english.IsWord(w) && !q.stopword(w) {
			p.score += idf(strings.ToLower(w)) / 4
		}
	}
	return p, true
}

// questionKeys returns the question's token keys without the closing
// punctuation, every word spaced as it would be inside a sentence.
func questionKeys(q *question) []string {
	var keys []string
	for _, t := range q.toks {
		body := t.Body(q.text)
		if body == "" || body == "\n" {
			continue
		}
		if english.IsWord(body) {
			body = " " + body
		} else if t.Lead > 0 {
			body = " " + body
		}
		keys = append(keys, body)
	}
	for len(keys) > 0 && !english.IsWord(keys[len(keys)-1]) {
		keys = keys[:len(keys)-1]
	}
	return dropNotation(keys)
}

// dropNotation drops the letters and "+" that write a code in a notation
// ("U+" of "U+1B72"): they are how the question writes the code, not
// words of the subject, and the text keys its records by the code alone
// ("1B72;BALINESE …", "1B72\tBALINESE …"). The code keeps its place,
// with the space the notation's letters had.
func dropNotation(keys []string) []string {
	out := keys[:0:0]
	for i := 0; i < len(keys); i++ {
		code := ""
		if i+2 < len(keys) {
			code = strings.TrimPrefix(keys[i+2], " ")
		}
		if keys[min(i+1, len(keys)-1)] == "+" && english.IsNotationLetters(keys[i]) && code != "" && classify(code).code {
			out = append(out, strings.TrimSuffix(keys[i], strings.TrimPrefix(keys[i], " "))+code)
			i += 2
			continue
		}
		out = append(out, keys[i])
	}
	return out
}

// withoutNotation returns q without the words that only write a code's
// notation ("U" of "U+1F9ED"): they are no subject of the question, and
// a continuation must not count "U.S." as saying one of its words.
func withoutNotation(q *question) *question {
	var drop []int
	keys := make([]string, len(q.toks))
	for i, t := range q.toks {
		keys[i] = t.Body(q.text)
	}
	for i := 0; i+2 < len(keys); i++ {
		if keys[i+1] == "+" && q.toks[i+1].Lead == 0 && q.toks[i+2].Lead == 0 && english.IsNotationLetters(keys[i]) && classify(keys[i+2]).code {
			drop = append(drop, i)
		}
	}
	if len(drop) == 0 {
		return q
	}
	out := *q
	out.words = slices.DeleteFunc(slices.Clone(q.words), func(w qword) bool { return slices.Contains(drop, w.tok) })
	return &out
}

// unspaced returns keys with the first one's leading space dropped, the
// form a span takes at the start of a line.
func unspaced(keys []string) []string {
	out := slices.Clone(keys)
	out[0] = strings.TrimPrefix(out[0], " ")
	return out
}

// unpossessive returns keys with the possessive "'s" dropped from the
// words that end in it ("Kiribati's three-letter code" → "Kiribati
// three-letter code"): a record names its entity without it. It returns
// nil when no word ends in "'s".
func unpossessive(keys []string) []string {
	var out []string
	for i, k := range keys {
		for _, s := range []string{"'s", "’s"} {
			if len(k) > len(s)+1 && strings.HasSuffix(k, s) && english.IsWord(k) {
				if out == nil {
					out = slices.Clone(keys)
				}
				out[i] = strings.TrimSuffix(k, s)
			}
		}
	}
	return out
}

var auxiliaries = toSet(`is was are were did does do has have had`)

// declarative rewrites "wh AUX SUBJECT REST" as "SUBJECT AUX REST" (with
// do-support dropped) when the subject holds a capitalised word.
func declarative(keys []string) []string {
	for i := 0; i < len(keys) && i < 3; i++ {
		aux := strings.ToLower(strings.TrimSpace(keys[i]))
		if !auxiliaries[aux] {
			continue
		}
		j, hasCap := i+1, false
		for ; j < len(keys); j++ {
			w := strings.TrimSpace(keys[j])
			c := classify(w)
			if c.cap {
				hasCap = true
			} else if !english.IsStopword(strings.ToLower(w)) {
				break
			}
		}
		if !hasCap || j == i+1 {
			return nil
		}
		out := slices.Clone(keys[i+1 : j])
		if aux != "did" && aux != "does" && aux != "do" {
			out = append(out, keys[i])
		}
		return append(out, keys[j:]...)
	}
	return nil
}

// trigram is three consecutive tokens, by hash.
type trigram [3]uint64

// continueFrom decodes from a prompt up to the end of a sentence, favouring
// question words not yet said and tokens of the asked answer type. A
// repetition guard refuses any token that would repeat a three-token
// sequence of the prompt or the continuation, so no bare answer loops; when
// every candidate would, decoding stops. It returns the continuation and
// its log-probability under the model, or ctx's error: every step checks
// it.
func (g *Generator) continueFrom(ctx context.Context, q *question, keys []string, smp *sampler, maxTok int) ([]string, float64, error) {
	hist := make([]uint64, 0, len(keys)+min(maxTok, 64))
	a := &answer{}
	said := make(map[trigram]bool)
	for _, k := range keys {
		hist = append(hist, tokHash(k))
		a.note(k, strings.TrimPrefix(k, " "))
		if n := len(hist); n >= 3 {
			said[trigram{hist[n-3], hist[n-2], hist[n-1]}] = true
		}
	}
	var out []string
	logp, words := 0.0, 0
	for len(out) < maxTok {
		if err := ctx.Err(); err != nil {
			return nil, 0, fmt.Errorf("lossy: generate: %w", err)
		}
		ms := g.m.matches(tail(hist, g.m.hdr.Order-1))
		ids := g.m.candidates(ms, 20)
		w := make([]float64, len(ids))
		n := len(hist)
		for i, id := range ids {
			if n >= 2 && said[trigram{hist[n-2], hist[n-1], g.m.hash[id]}] {
				continue // would repeat a three-token sequence
			}
			w[i] = g.m.prob(ms, id) * g.bias(q, a, g.m.vocab[id])
		}
		i := smp.pick(w)
		if i < 0 {
			break
		}
		key := g.m.vocab[ids[i]]
		logp += math.Log2(g.m.prob(ms, ids[i]))
		hist = append(hist, g.m.hash[ids[i]])
		if n >= 2 {
			said[trigram{hist[n-2], hist[n-1], hist[n]}] = true
		}
		out = append(out, key)
		if key == "\n" {
			if words >= 3 {
				out = out[:len(out)-1]
				break
			}
			continue
		}
		words++
		a.note(key, strings.TrimPrefix(key, " "))
		if a.lastEndsSentence() {
			break
		}
	}
	return out, logp, nil
}

// bias is the factor by which a candidate token's probability is scaled:
// up for question words not yet in the answer and for tokens of the asked
// type while the answer holds none.
func (g *Generator) bias(q *question, a *answer, key string) float64 {
	c := classify(strings.TrimPrefix(key, " "))
	if !c.word {
		return 1
	}
	f := 1.0
	if q.mentions(c.stem) && !hasStem(a.classes, c.stem) {
		f *= 3
	}
	if q.atype != anyType && q.atype.fits(c) && !q.mentions(c.stem) && !a.satisfies(q) {
		f *= 2
	}
	return f
}

// typeWeight is the weight, in bits of rarity, of holding (or lacking) a
// token of the type a question asks for.
const typeWeight = 6

func hasStem(cls []tokenClass, st string) bool {
	for _, c := range cls {
		if c.word && sameWord(c.stem, st) {
			return true
		}
	}
	return false
}

// namesSubject reports whether a span holds a question word that is not a
// cue ("code", "point", "abbreviation"): what the question is about, whose
// key a record may state before it.
func (q *question) namesSubject(keys []string) bool {
	for _, k := range keys {
		c := classify(strings.TrimPrefix(k, " "))
		if !c.word {
			continue
		}
		for _, w := range q.words {
			if !w.cue && sameWord(w.stem, c.stem) {
				return true
			}
		}
	}
	return false
}

// holdsCapital reports whether a span, as the text holds it, has a word
// that opens with a capital letter ("Ohio", "WHITE CHESS KING", "PILE OF
// POO"): a record states its key before a name, not before a common word
// of the question ("used", "language") that happens to follow a code in
// some other text.
func holdsCapital(keys []string) bool {
	for _, k := range keys {
		r, _ := utf8.DecodeRuneInString(strings.TrimPrefix(k, " "))
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// hasSubject reports whether the question holds a word that is not a cue.
func (q *question) hasSubject() bool {
	for _, w := range q.words {
		if !w.cue {
			return true
		}
	}
	return false
}

// plainSubject reports whether a span reads as the subject alone: it does
// not open on a stop word and holds no cue word ("mean", "code").
func (q *question) plainSubject(keys []string) bool {
	if q.stopword(strings.TrimSpace(keys[0])) {
		return false
	}
	for _, k := range keys {
		c := classify(strings.TrimPrefix(k, " "))
		for _, w := range q.words {
			if c.word && w.cue && sameWord(w.stem, c.stem) {
				return false
			}
		}
	}
	return true
}
