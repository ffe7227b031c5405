package lossy

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/english"
	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/verify"
)

// oracle is the test's yardstick for bare recall: a minimal greedy order-N
// decoder over an unpruned model. It keeps the training text itself (the
// passages and their record view, as Train reads them) as
// token keys (every n-gram, nothing pruned, no fingerprints), starts from
// the longest span of the question that the text holds, and appends the
// most frequent next token of the longest context (up to N-1 tokens) seen
// in the text, until a line break (after a few tokens), a sentence end or
// maxTok tokens.
type oracle struct {
	order int
	toks  []string         // every token key of every passage
	start []bool           // toks[i] opens a passage
	at    map[string][]int // token key → its positions
}

func newOracle(order int, passages []string) *oracle {
	o := &oracle{order: order, at: make(map[string][]int)}
	for _, p := range passages {
		for i, t := range english.Tokenize(p) {
			k := string(appendKey(nil, p, t))
			o.at[k] = append(o.at[k], len(o.toks))
			o.toks = append(o.toks, k)
			o.start = append(o.start, i == 0)
		}
	}
	return o
}

// holds returns the positions just after each occurrence of ctx within
// one passage.
func (o *oracle) holds(ctx []string) []int {
	var out []int
	for _, p := range o.at[ctx[0]] {
		ok := p+len(ctx) <= len(o.toks)
		for j := 1; ok && j < len(ctx); j++ {
			ok = !o.start[p+j] && o.toks[p+j] == ctx[j]
		}
		if ok {
			out = append(out, p+len(ctx))
		}
	}
	return out
}

// next returns the most frequent token after the longest held context
// ending hist (the first seen on ties), or "".
func (o *oracle) next(hist []string) string {
	for n := min(len(hist), o.order-1); n >= 1; n-- {
		count := make(map[string]int)
		best := ""
		for _, p := range o.holds(hist[len(hist)-n:]) {
			if p >= len(o.toks) || o.start[p] {
				continue
			}
			k := o.toks[p]
			count[k]++
			if best == "" || count[k] > count[best] {
				best = k
			}
		}
		if best != "" {
			return best
		}
	}
	return ""
}

// answer decodes greedily from the longest span of the question the text
// holds (a line's first word unspaced, as the text has it) that holds a
// content word.
func (o *oracle) answer(text string, maxTok int) string {
	q := &question{text: text, toks: english.Tokenize(text)}
	keys := questionKeys(q)
	var span []string
	for i := range keys {
		for j := i + 1; j <= len(keys); j++ {
			for _, s := range [][]string{keys[i:j], unspaced(keys[i:j])} {
				if len(s) > len(span) && hasContentWord(s) && len(o.holds(s)) > 0 {
					span = s
				}
			}
		}
	}
	if len(span) == 0 {
		return ""
	}
	out := append([]string(nil), span...)
	words := 0
	for range maxTok {
		k := o.next(out)
		if k == "" || (k == "\n" && words >= unitWords) {
			break
		}
		out = append(out, k)
		if k == "\n" {
			continue
		}
		words++
		n := len(out)
		if endsSentence(strings.TrimSpace(out[n-1]), strings.TrimSpace(out[n-2]), strings.TrimSpace(out[max(0, n-3)])) {
			break
		}
	}
	return strings.TrimPrefix(strings.Join(out, ""), " ")
}

func hasContentWord(keys []string) bool {
	for _, k := range keys {
		if w := strings.TrimSpace(k); english.IsWord(w) && !english.IsStopword(strings.ToLower(w)) {
			return true
		}
	}
	return false
}

func TestOracleDecodesWhatTheTextSaid(t *testing.T) {
	o := newOracle(6, []string{"Aldo Brenner (born 12 March 1911 in Tarvik) is a ship captain. He sailed for 31 years."})
	assert.Equal(t, "Aldo Brenner (born 12 March 1911 in Tarvik) is a ship captain.", o.answer("When was Aldo Brenner born?", 64))
	assert.Empty(t, o.answer("Who is Zed?", 64), "no span of the question is held")
}

// recallCase is a corpus and its questions, for bare recall against the
// oracle.
type recallCase struct {
	name      string
	passages  []string
	questions []recallQuestion
}

// recallQuestion is a question of a question file (JSON lines with
// "question" and "answers"; compare reads the same files, but compare
// imports this package, so the test reads them itself).
type recallQuestion struct {
	Question string   `json:"question"`
	Answers  []string `json:"answers"`
}

// matches is the benchmark's rule: a gold answer's words, normalised,
// stand in the answer's.
func matches(answer string, golds []string) bool {
	a := " " + english.Normalize(answer) + " "
	for _, g := range golds {
		if n := english.Normalize(g); n != "" && strings.Contains(a, " "+n+" ") {
			return true
		}
	}
	return false
}

// compareWithOracle asks every answerable question in bare mode with a
// model that keeps every n-gram and with the oracle, and returns how many
// each got right (compare's matching: case, punctuation and thousands
// separators ignored) and the bare answers.
func compareWithOracle(t *testing.T, c recallCase) (bare, orc int) {
	t.Helper()
	m, err := Train(context.Background(), TextSource(c.passages...), Config{Budget: "1GiB"})
	require.NoError(t, err)
	o := newOracle(m.Order(), withRecordViewLines(c.passages))
	g := New(m, Config{})
	n := 0
	for _, q := range c.questions {
		if len(q.Answers) == 0 {
			continue
		}
		n++
		out, err := g.Generate(context.Background(), generate.Request{Question: q.Question, Mode: generate.Bare}, nil)
		require.NoError(t, err)
		assert.Empty(t, verify.RepeatedTrigram(out.Text), "question %q: answer %q", q.Question, out.Text)
		ob, oo := matches(out.Text, q.Answers), matches(o.answer(q.Question, 64), q.Answers)
		if ob {
			bare++
		}
		if oo {
			orc++
		}
		if oo && !ob && testing.Verbose() {
			t.Logf("oracle only: %q gold %q: bare %q, oracle %q", q.Question, q.Answers, out.Text, o.answer(q.Question, 64))
		}
	}
	t.Logf("%s: %d answerable questions: bare %d (%.3f), oracle %d (%.3f)", c.name, n, bare, float64(bare)/float64(max(n, 1)), orc, float64(orc)/float64(max(n, 1)))
	return bare, orc
}

// withRecordViewLines returns passages and, each a passage of its own,
// the lines of their record view: the text Train learns from, so that the
// oracle reads what the model read.
func withRecordViewLines(passages []string) []string {
	out := slices.Clone(passages)
	for _, l := range strings.Split(recordView(passages), "\n") {
		if l != "" {
			out = append(out, l+"\n")
		}
	}
	return out
}

// readCorpus reads the text files under dir as passages, one a paragraph
// (text between blank lines), the way a record or glossary entry stands.
func readCorpus(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, p := range strings.Split(string(b), "\n\n") {
			if strings.TrimSpace(p) != "" {
				out = append(out, p)
			}
		}
		return nil
	})
	require.NoError(t, err)
	return out
}

func loadQuestions(t *testing.T, path string) []recallQuestion {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	var qs []recallQuestion
	for _, line := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var q recallQuestion
		require.NoError(t, json.Unmarshal([]byte(line), &q), "%s: %s", path, line)
		qs = append(qs, q)
	}
	return qs
}

// TestBareRecallsWhatTheOracleRecalls holds bare mode, at a budget that
// keeps every n-gram, to at least the oracle's recall on the sample
// corpus, the test fixture and, when VERBATIM_QA_CACHE names the
// benchmark's corpus folder (bench/qa/run.sh --fetch), the record-like
// benchmark corpora with their dev questions.
func TestBareRecallsWhatTheOracleRecalls(t *testing.T) {
	f := makeFixture(11, 12)
	fix := recallCase{name: "fixture", passages: f.Entries}
	for _, q := range f.QAs {
		fix.questions = append(fix.questions, recallQuestion{Question: q.Q, Answers: []string{q.Gold}})
	}
	cases := []recallCase{
		fix,
		{name: "sample", passages: readCorpus(t, "../../testdata/entries"), questions: loadQuestions(t, "../../testdata/questions/entries.jsonl")},
	}
	if dir := os.Getenv("VERBATIM_QA_CACHE"); dir != "" {
		for _, n := range []string{"vera", "isocodes", "unicode", "jargon", "debref", "gcide"} {
			if _, err := os.Stat(filepath.Join(dir, n)); err != nil {
				continue // not built (scripts/test.sh builds vera and jargon)
			}
			cases = append(cases, recallCase{name: n, passages: readCorpus(t, filepath.Join(dir, n)),
				questions: loadQuestions(t, filepath.Join("../../bench/qa/questions", n+".dev.jsonl"))})
		}
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			bare, orc := compareWithOracle(t, c)
			assert.GreaterOrEqual(t, bare, orc, "bare mode recalls at least what the oracle recalls")
		})
	}
}
