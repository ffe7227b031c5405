// Command wordnetgen compiles the WordNet 3.0 database (Debian's
// wordnet-base: data.*, index.*, *.exc) into the compact table that
// package english embeds (wordnet.txt.gz). Run it through go generate:
//
//	apt-get download wordnet-base && dpkg -x wordnet-base_*.deb /tmp/wn
//	WORDNET_DIR=/tmp/wn/usr/share/wordnet go generate ./english
//
// The table's lines are sorted: "=form base" for an irregular
// form (wrote → write, mice → mouse) and "word rel rel ..." for the
// single-word lemmas related to a word through its most frequent senses:
// the other words of the same synset (devise ~ invent), derivationally
// related forms (inventor ↔ invent ↔ invention) and, for a verb, the other
// words of its agent noun's synset (write → writer ~ author), participles and
// pertainyms, and attributes (tall ↔ height); a lemma no other word is
// related to stands alone on its line ("database"), so that the table
// also says which words the dictionary has; "+noun" marks a noun whose most
// frequent sense names people (WordNet's noun.person: "+sailor"); "!word
// ant ..." gives a verb's or an adjective's antonyms through its most
// frequent senses ("!include exclude"), kept apart from the words related
// to it.
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// senses is how many of a word's senses per part of speech count: the
// rarer senses of common words relate them to nearly everything.
const senses = 3

type synset struct {
	words []string // lower-case lemmas, "_" joining multi-word ones
	ptrs  []pointer
	lex   int    // the lexicographer file: 18 is noun.person
	named []bool // whether each word is written with a capital: a proper name ("Capra", the film director)
}

// personLex is the lexicographer file of nouns that name people
// (noun.person: "sailor", "pedestrian", "manager").
const personLex = 18

// namedAs reports whether the synset writes lemma with a capital.
func (ss *synset) namedAs(lemma string) bool {
	for i, w := range ss.words {
		if w == lemma && ss.named[i] {
			return true
		}
	}
	return false
}

type pointer struct {
	sym      string
	target   string // pos + offset
	src, dst int    // 1-based word numbers, 0 for the whole synset
}

// agentNoun reports whether noun w, derived from verb lemma, names who
// does it: the verb with an agent suffix ("writer", "translator",
// "founder", "runner"), not the act or its result ("heading", "writing",
// "behavior", "order"), whose synonyms drift from the verb.
func agentNoun(lemma, w string) bool {
	for _, base := range []string{lemma, strings.TrimSuffix(lemma, "e"), lemma + lemma[len(lemma)-1:]} {
		for _, suf := range []string{"er", "or", "ist"} {
			if w == base+suf {
				return true
			}
		}
	}
	return false
}

func main() {
	dir := flag.String("dir", os.Getenv("WORDNET_DIR"), "folder holding WordNet's data.*, index.* and *.exc files")
	out := flag.String("o", "wordnet.txt.gz", "output file")
	flag.Parse()
	if *dir == "" {
		fail(fmt.Errorf("no WordNet folder: set WORDNET_DIR or -dir (see the package comment)"))
	}
	synsets := map[string]*synset{}
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		if err := readData(filepath.Join(*dir, "data."+pos), synsets); err != nil {
			fail(err)
		}
	}
	rel := map[string]map[string]bool{}
	add := func(a, b string) {
		if a == b || strings.Contains(a, "_") || strings.Contains(b, "_") {
			return
		}
		if rel[a] == nil {
			rel[a] = map[string]bool{}
		}
		rel[a][b] = true
	}
	ant := map[string]map[string]bool{} // word → its antonyms in its most frequent senses
	known := map[string]bool{}          // every single-word lemma: a word the dictionary has, related or not
	person := map[string]bool{}         // single-word nouns whose most frequent sense names people
	tagged := map[string]int{}          // how often a noun lemma's senses are tagged in WordNet's corpus
	modifier := map[string]int{}        // the same for adjective and adverb lemmas: "longer" of "no longer" is no person who longs
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		err := readIndex(filepath.Join(*dir, "index."+pos), func(lemma string, offsets []string, tags int) {
			if !strings.Contains(lemma, "_") {
				known[lemma] = true
				switch pos {
				case "noun":
					tagged[lemma] = tags
				case "adj", "adv":
					modifier[lemma] += tags
				}
				if ss := synsets[offsets[0]]; pos == "noun" && ss != nil && ss.lex == personLex && !ss.namedAs(lemma) {
					person[lemma] = true // not a person's name: "capra" is Frank Capra
				}
			}
			for _, off := range offsets[:min(senses, len(offsets))] {
				ss := synsets[off]
				if ss == nil {
					continue
				}
				self := 0
				for i, w := range ss.words {
					if w == lemma {
						self = i + 1
					}
					add(lemma, w)
				}
				for _, p := range ss.ptrs {
					t := synsets[p.target]
					if t == nil {
						continue
					}
					switch {
					case p.sym == "!": // antonym of a verb or an adjective: include ↔ exclude, optional ↔ obligatory, a relation of its own
						if (pos == "verb" || pos == "adj") && p.src == self && p.dst > 0 && p.dst <= len(t.words) && !strings.Contains(t.words[p.dst-1], "_") && !strings.Contains(lemma, "_") {
							if ant[lemma] == nil {
								ant[lemma] = map[string]bool{}
							}
							ant[lemma][t.words[p.dst-1]] = true
						}
					case p.src == 0 && p.sym == "=": // attribute: tall ↔ height
						for _, w := range t.words {
							add(lemma, w)
						}
					case p.src == self && p.dst > 0 && p.dst <= len(t.words):
						add(lemma, t.words[p.dst-1])
						if pos == "verb" && p.sym == "+" && strings.HasPrefix(p.target, "n") && agentNoun(lemma, t.words[p.dst-1]) {
							// The synonyms of the verb's agent noun too:
							// write → writer, whose synset holds author,
							// so "Who wrote it?" reaches "author = {…}".
							for _, w := range t.words {
								add(lemma, w)
							}
						}
					}
				}
			}
		})
		if err != nil {
			fail(err)
		}
	}
	var lines []string
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		if err := readExc(filepath.Join(*dir, pos+".exc"), func(form, base string) {
			if form != base && !strings.Contains(form, "_") && !strings.Contains(base, "_") {
				lines = append(lines, "="+form+" "+base)
			}
		}); err != nil {
			fail(err)
		}
	}
	for w, m := range rel {
		ws := make([]string, 0, len(m))
		for x := range m {
			ws = append(ws, x)
		}
		sort.Strings(ws)
		lines = append(lines, w+" "+strings.Join(ws, " "))
	}
	for w, m := range ant {
		ws := make([]string, 0, len(m))
		for x := range m {
			ws = append(ws, x)
		}
		sort.Strings(ws)
		lines = append(lines, "!"+w+" "+strings.Join(ws, " "))
	}
	for w := range known {
		if rel[w] == nil {
			lines = append(lines, w) // "database", "directory": known, with no relation in the senses kept
		}
	}
	for w := range person {
		if _, ok := modifier[w]; !ok || tagged[w] >= modifier[w] {
			lines = append(lines, "+"+w) // "+sailor": a noun that names people, more often than it modifies ("pedestrian", not "longer")
		}
	}
	sort.Strings(lines)
	lines = dedup(lines)
	f, err := os.Create(*out)
	if err != nil {
		fail(err)
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	for _, l := range lines {
		bw.WriteString(l)
		bw.WriteByte('\n')
	}
	for _, c := range []func() error{bw.Flush, zw.Close, f.Close} {
		if err := c(); err != nil {
			fail(err)
		}
	}
}

func dedup(s []string) []string {
	out := s[:0]
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// posOf maps a data line's synset type to the file's part of speech.
var posOf = map[string]string{"n": "n", "v": "v", "a": "a", "s": "a", "r": "r"}

func readData(path string, out map[string]*synset) error {
	return eachLine(path, func(line string) error {
		if strings.HasPrefix(line, "  ") {
			return nil // licence header
		}
		f := strings.Fields(strings.SplitN(line, " | ", 2)[0])
		if len(f) < 4 {
			return fmt.Errorf("%s: short line %q", path, line)
		}
		pos := posOf[f[2]]
		n, err := strconv.ParseInt(f[3], 16, 32)
		if err != nil {
			return fmt.Errorf("%s: word count %q: %w", path, f[3], err)
		}
		lex, err := strconv.Atoi(f[1])
		if err != nil {
			return fmt.Errorf("%s: lexicographer file %q: %w", path, f[1], err)
		}
		ss := &synset{lex: lex}
		i := 4
		for k := 0; k < int(n); k++ {
			w := strings.ToLower(f[i])
			if j := strings.IndexByte(w, '('); j > 0 { // adjective markers: "galore(ip)"
				w = w[:j]
			}
			ss.words = append(ss.words, w)
			ss.named = append(ss.named, w != f[i])
			i += 2
		}
		pc, err := strconv.Atoi(f[i])
		if err != nil {
			return fmt.Errorf("%s: pointer count %q: %w", path, f[i], err)
		}
		i++
		for k := 0; k < pc; k++ {
			st := f[i+3]
			src, _ := strconv.ParseInt(st[:2], 16, 32)
			dst, _ := strconv.ParseInt(st[2:], 16, 32)
			p := pointer{sym: f[i], target: posOf[f[i+2]] + f[i+1], src: int(src), dst: int(dst)}
			switch p.sym {
			case "+", "\\", "<", "=", "!":
				ss.ptrs = append(ss.ptrs, p)
			}
			i += 4
		}
		out[pos+f[0]] = ss
		return nil
	})
}

func readIndex(path string, fn func(lemma string, offsets []string, tagged int)) error {
	pos := map[string]string{"noun": "n", "verb": "v", "adj": "a", "adv": "r"}[strings.TrimPrefix(filepath.Ext(path), ".")]
	return eachLine(path, func(line string) error {
		if strings.HasPrefix(line, "  ") {
			return nil
		}
		f := strings.Fields(line)
		if len(f) < 6 {
			return fmt.Errorf("%s: short line %q", path, line)
		}
		cnt, err := strconv.Atoi(f[2])
		if err != nil {
			return fmt.Errorf("%s: synset count %q: %w", path, f[2], err)
		}
		offs := f[len(f)-cnt:]
		ids := make([]string, len(offs))
		for i, o := range offs {
			ids[i] = pos + o
		}
		tagged, err := strconv.Atoi(f[len(f)-cnt-1])
		if err != nil {
			return fmt.Errorf("%s: tagged sense count %q: %w", path, f[len(f)-cnt-1], err)
		}
		fn(f[0], ids, tagged)
		return nil
	})
}

func readExc(path string, fn func(form, base string)) error {
	return eachLine(path, func(line string) error {
		f := strings.Fields(line)
		for _, b := range f[1:] {
			fn(f[0], b)
		}
		return nil
	})
}

func eachLine(path string, fn func(string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if err := fn(sc.Text()); err != nil {
			return err
		}
	}
	return sc.Err()
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "wordnetgen:", err)
	os.Exit(1)
}
