package english

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"strings"
	"sync"
)

//go:embed wordnet.txt.gz
var wordnetGz []byte

// wordnet is the table compiled from WordNet 3.0 (see internal/wordnetgen).
type wordnet struct {
	related map[string][]string // word → related single-word lemmas
	base    map[string][]string // irregular form → base forms
	person  map[string]bool     // nouns whose most frequent sense names people
	anti    map[string][]string // word → its antonyms in its most frequent senses
}

var (
	wnOnce sync.Once
	wn     wordnet
)

func loadWordNet() {
	wn = wordnet{related: make(map[string][]string, 150000), base: make(map[string][]string, 6000), person: make(map[string]bool, 11000), anti: make(map[string][]string, 6100)}
	zr, err := gzip.NewReader(bytes.NewReader(wordnetGz))
	if err != nil {
		panic("english: embedded WordNet table: " + err.Error())
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) == 0 {
			continue
		}
		if strings.HasPrefix(f[0], "+") {
			wn.person[f[0][1:]] = true
			continue
		}
		if strings.HasPrefix(f[0], "!") {
			wn.anti[f[0][1:]] = f[1:]
			continue
		}
		if strings.HasPrefix(f[0], "=") {
			if len(f) == 2 {
				form := f[0][1:]
				wn.base[form] = append(wn.base[form], f[1])
			}
			continue
		}
		wn.related[f[0]] = f[1:]
	}
	if err := sc.Err(); err != nil {
		panic("english: embedded WordNet table: " + err.Error())
	}
}

// detachments are WordNet's Morphy suffix rules: an inflected ending and
// what replaces it in the base form.
var detachments = [][2]string{
	{"ies", "y"}, {"es", "e"}, {"es", ""}, {"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"},
	{"shes", "sh"}, {"men", "man"}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}, {"er", ""}, {"est", ""},
	{"er", "e"}, {"est", "e"},
}

// Base returns the dictionary forms of a lower-cased word: the word
// itself when WordNet knows it, its irregular bases ("wrote" → "write"),
// and the forms Morphy's detachment rules reach ("devised" → "devise").
func Base(lw string) []string {
	wnOnce.Do(loadWordNet)
	var out []string
	add := func(w string) {
		for _, x := range out {
			if x == w {
				return
			}
		}
		out = append(out, w)
	}
	if _, ok := wn.related[lw]; ok {
		add(lw)
	}
	for _, b := range wn.base[lw] {
		add(b)
	}
	for _, d := range detachments {
		if strings.HasSuffix(lw, d[0]) && len(lw) > len(d[0])+1 {
			b := lw[:len(lw)-len(d[0])] + d[1]
			if _, ok := wn.related[b]; ok {
				add(b)
			}
		}
	}
	return out
}

// Related returns the single-word lemmas WordNet relates to a lower-cased
// word through its most frequent senses: synonyms, derivationally
// related forms, participles, pertainyms and attributes ("devised" →
// "invent", "contrive", ...; "inventor" → "invent"; "tall" → "height").
// The word's own base forms are included.
func Related(lw string) []string {
	bases := Base(lw)
	out := append([]string(nil), bases...)
	seen := map[string]bool{lw: true}
	for _, b := range bases {
		seen[b] = true
	}
	for _, b := range bases {
		for _, r := range wn.related[b] {
			if !seen[r] {
				seen[r] = true
				out = append(out, r)
			}
		}
	}
	return out
}

// RelatedStems returns the Porter stems of Related(lw), the word's own
// stem left out.
func RelatedStems(lw string) []string {
	own := Stem(lw)
	seen := map[string]bool{own: true}
	var out []string
	for _, r := range Related(lw) {
		s := Stem(r)
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// OppositeStems returns the Porter stems of the words that say the
// opposite of a lower-cased verb or adjective: WordNet's antonyms of its
// base forms ("includes" → "exclude") and their derived forms (the
// related words that share their first five letters: "exclusion"), so
// that a sentence stating the opposite shows in any of its forms; not
// their synonyms, which reach too far ("begin" → "father"). Nil for a
// word with no antonym, and for a preposition ("off", "after"), whose
// opposite many a sentence writes in passing.
func OppositeStems(lw string) []string {
	wnOnce.Do(loadWordNet)
	if prepositions[lw] {
		return nil
	}
	var out []string
	seen := map[string]bool{Stem(lw): true}
	add := func(w string) {
		if s := Stem(w); !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	for _, b := range Base(lw) {
		for _, a := range wn.anti[b] {
			for _, r := range append([]string{a}, Related(a)...) {
				if r == a || len(a) >= 5 && strings.HasPrefix(r, a[:5]) && !compounds(r, a) {
					add(r)
				}
			}
		}
	}
	for _, n := range negations(lw) {
		add(n)
	}
	return out
}

// compounds reports whether r, a word related to a, joins a to another
// word rather than derives from it: "shortstop" and "short-circuit" of
// "short" (an antonym of "long") say nothing of length.
func compounds(r, a string) bool {
	if strings.ContainsAny(r, "-_ ") {
		return true
	}
	rest, ok := strings.CutPrefix(r, a)
	return ok && len(rest) >= 3 && len(Base(rest)) > 0
}

// negations are the forms that negate a lower-cased word WordNet knows by
// a prefix, which WordNet seldom lists as its antonyms: "unhold" and
// "nonfree" of "hold" and "free", and back ("uninstall" → "install");
// only for words of four letters or more past the prefix, so that "under",
// "unite" and "union" are no negations of "der", "ite" or "ion".
func negations(lw string) []string {
	var out []string
	for _, b := range Base(lw) {
		if len(b) >= 4 {
			out = append(out, "un"+b, "non"+b)
		}
	}
	for _, p := range [...]string{"un", "non"} {
		if rest, ok := strings.CutPrefix(lw, p); ok && len(rest) >= 4 && len(Base(rest)) > 0 {
			out = append(out, rest)
		}
	}
	return out
}

// OppositeStemsAt is OppositeStems for word i of a question's lower-cased
// words, nil when a particle follows it: a phrasal verb ("come down
// with", "give up") means more than its verb, and the verb's antonym
// ("go") is no opposite of it.
func OppositeStemsAt(lower []string, i int) []string {
	if i+1 < len(lower) && particles[lower[i+1]] {
		return nil
	}
	return OppositeStems(lower[i])
}

var particles = set(`up down off out away back over`)

// IsPlural reports whether a lower-cased word reads as the plural of a
// word WordNet knows ("versions", "buttons", "entries", "mice"): it ends
// as plurals do and WordNet gives it another base form. Parts of speech
// are not checked ("news" reads as a plural of "new").
func IsPlural(lw string) bool {
	if len(lw) < 4 || strings.HasSuffix(lw, "ss") || !strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ice") && !strings.HasSuffix(lw, "men") {
		return false
	}
	for _, b := range Base(lw) {
		if b != lw {
			return true
		}
	}
	return false
}

// IsPersonNoun reports whether a lower-cased noun, or the singular of a
// plural one, names people in its most frequent WordNet sense ("sailors",
// "pedestrian", "managers"): a "who" question's answer in lower case.
func IsPersonNoun(lw string) bool {
	wnOnce.Do(loadWordNet)
	if wn.person[lw] {
		return true
	}
	for _, b := range wn.base[lw] {
		if wn.person[b] {
			return true // "children"
		}
	}
	// The regular plurals, read without allocating (the reader asks of
	// every word of the units it weighs for a "who" question).
	switch n := len(lw); {
	case strings.HasSuffix(lw, "men"):
		return wn.person[lw[:n-3]+"man"] // "women", "chairmen"
	case strings.HasSuffix(lw, "ies"):
		return wn.person[lw[:n-3]+"y"] // "deputies"
	case strings.HasSuffix(lw, "es"):
		return wn.person[lw[:n-1]] || wn.person[lw[:n-2]] // "judges", "witnesses"
	case strings.HasSuffix(lw, "s"):
		return wn.person[lw[:n-1]]
	}
	return false
}
