package qaset

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/rag"
	"github.com/verbatim-rag/verbatim/verify"
)

func TestWholeUnits(t *testing.T) {
	p := corpus.Passage{Start: 100, Text: "ANR\n       Application Not Responding (Android)\n\nIt was opened in 1903. It is long.\n"}
	cite := func(quote string) verify.Citation {
		i := len(p.Text) - len(quote)
		for k := range p.Text {
			if len(p.Text)-k >= len(quote) && p.Text[k:k+len(quote)] == quote {
				i = k
				break
			}
		}
		return verify.Citation{Quote: quote, Span: corpus.Span{Start: p.Start + i, End: p.Start + i + len(quote)}}
	}
	assert.True(t, WholeUnits(p, cite("It was opened in 1903.")))
	assert.True(t, WholeUnits(p, cite("ANR\n       Application Not Responding (Android)")))
	assert.False(t, WholeUnits(p, cite("It was opened in")), "cut before the fact")
	assert.False(t, WholeUnits(p, cite("1903. It is long.")), "stitched across two sentences")
}

func TestScore(t *testing.T) {
	q := Question{ID: "x", Question: "When?", Answers: []string{"1903"}}
	assert.Equal(t, Correct, Score("c", q, rag.Answer{Text: "It opened in 1903."}).Outcome)
	assert.Equal(t, Wrong, Score("c", q, rag.Answer{Text: "It opened in 1904."}).Outcome)
	assert.Equal(t, Abstain, Score("c", q, rag.Answer{Abstained: true}).Outcome)
	assert.Equal(t, Declined, Score("c", Question{Question: "?"}, rag.Answer{Abstained: true}).Outcome)
	assert.Equal(t, Answered, Score("c", Question{Question: "?"}, rag.Answer{Text: "x"}).Outcome)
}

// TestScoreDecodesAnHTMLSourcesGold: a gold copied from an HTML file
// writes character references that the extracted answer writes as
// characters (bashref.html's "user&rsquo;s login shell").
func TestScoreDecodesAnHTMLSourcesGold(t *testing.T) {
	tests := []struct {
		source string
		answer string
		want   Outcome
	}{
		{"bashref.html", "the full pathname of the current user’s login shell", Correct},
		{"resources.html", "Write to admin@rt.debian.org.", Correct},
		{"notes.txt", "the full pathname of the current user’s login shell", Wrong}, // a text file writes what it writes
	}
	for _, tt := range tests {
		q := Question{Question: "?", Source: tt.source, Answers: []string{"current user&rsquo;s login shell", "admin&#64;rt.debian.org"}}
		assert.Equal(t, tt.want, Score("c", q, rag.Answer{Text: tt.answer}).Outcome, tt.source)
	}
}

// TestBenchmarkSubset asks the dev questions of two of the benchmark's
// real corpora (an acronym list and a hacker glossary, built from Debian
// packages by bench/qa/run.sh --fetch into VERBATIM_QA_CACHE) and holds
// the reader to its bars there: no answer ends inside a copied unit, few
// answered questions are wrong, unanswerable ones are declined. The full
// benchmark, blind half included, is bench/qa/run.sh.
func TestBenchmarkSubset(t *testing.T) {
	cache := os.Getenv("VERBATIM_QA_CACHE")
	if cache == "" {
		if os.Getenv("VERBATIM_REQUIRE_QA") != "" {
			t.Fatal("VERBATIM_QA_CACHE is not set: build the corpora with bench/qa/run.sh --fetch vera jargon")
		}
		t.Skip("VERBATIM_QA_CACHE not set (bench/qa/run.sh --fetch vera jargon builds the corpora)")
	}
	if testing.Short() {
		t.Skip("ingests two real corpora")
	}
	ctx := context.Background()
	var all []Record
	for _, name := range []string{"vera", "jargon"} {
		qs, err := Load("../questions", name, "dev")
		require.NoError(t, err)
		b, closeFn, err := Pipeline(ctx, filepath.Join(cache, name), t.TempDir())
		require.NoError(t, err)
		recs, err := Ask(ctx, b, name, qs, Options{})
		closeFn()
		require.NoError(t, err)
		all = append(all, recs...)
	}
	s := Summarize(all)
	t.Logf("answerable %d, correct %d, wrong %d, abstained %d; unanswerable %d, declined %d; cites %d good %d; unit cuts %d",
		s.Answerable, s.Correct, s.Wrong, s.Abstained, s.Unanswerable, s.Declined, s.Cites, s.GoodCites, s.UnitCuts)
	assert.Zero(t, s.UnitCuts, "answers ending inside a copied unit")
	assert.GreaterOrEqual(t, float64(s.Correct)/float64(s.Answerable), 0.5, "accuracy")
	assert.LessOrEqual(t, float64(s.Wrong)/float64(max(1, s.Correct+s.Wrong)), 0.08, "answered but wrong")
	assert.GreaterOrEqual(t, float64(s.Declined)/float64(s.Unanswerable), 0.85, "unanswerable declined")
	assert.GreaterOrEqual(t, float64(s.GoodCites)/float64(max(1, s.Cites)), 0.95, "citation precision")
}

func TestLoadSplits(t *testing.T) {
	dir := t.TempDir()
	write := func(name, ids string) {
		var b []byte
		for _, id := range ids {
			b = append(b, `{"id": "`+string(id)+`", "question": "q?", "answers": ["a"]}`+"\n"...)
		}
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), b, 0o644))
	}
	write("old.dev.jsonl", "ab")
	write("old.blind.jsonl", "c")
	write("old.blind2.jsonl", "d")
	write("old.blind3.jsonl", "e")
	write("new.blind3.jsonl", "fg")
	write("old.blind4.jsonl", "h")
	tests := []struct {
		name, split string
		ids         string // the questions' ids in order; "" with missing or bad
		missing     bool   // the error wraps fs.ErrNotExist
		bad         bool   // another error
	}{
		{name: "old", split: "dev", ids: "ab"},
		{name: "old", split: "blind3", ids: "e"},
		{name: "old", split: "blind4", ids: "h"},
		{name: "old", split: "all", ids: "abcdeh"},
		{name: "new", split: "blind3", ids: "fg"},
		{name: "new", split: "all", ids: "fg"},
		{name: "new", split: "dev", missing: true},
		{name: "new", split: "blind2", missing: true},
		{name: "new", split: "blind4", missing: true},
		{name: "none", split: "all", missing: true},
		{name: "old", split: "seen", ids: "abcdeh"},
		{name: "new", split: "seen", ids: "fg"},
		{name: "none", split: "seen", missing: true},
		{name: "old", split: "blind5", missing: true},
		{name: "old", split: "blind6", missing: true},
		{name: "old", split: "blind8", missing: true},
		{name: "old", split: "blind9", missing: true},
		{name: "old", split: "blind10", missing: true},
		{name: "old", split: "blind11", missing: true},
		{name: "old", split: "blind12", missing: true},
		{name: "old", split: "blind13", missing: true},
		{name: "old", split: "blind14", missing: true},
		{name: "old", split: "blind15", missing: true},
		{name: "old", split: "blind16", missing: true},
		{name: "old", split: "blind17", missing: true},
		{name: "old", split: "blind18", missing: true},
		{name: "old", split: "blind19", missing: true},
		{name: "old", split: "blind20", missing: true},
		{name: "old", split: "blind21", missing: true},
		{name: "old", split: "blind22", missing: true},
		{name: "old", split: "blind23", missing: true},
		{name: "old", split: "blind24", missing: true},
		{name: "old", split: "blind25", missing: true},
		{name: "old", split: "blind26", missing: true},
		{name: "old", split: "blind27", missing: true},
		{name: "old", split: "blind28", missing: true},
		{name: "old", split: "blind29", missing: true},
		{name: "old", split: "blind30", missing: true},
		{name: "old", split: "blind31", missing: true},
		{name: "old", split: "blind32", missing: true},
		{name: "old", split: "blind33", missing: true},
		{name: "old", split: "blind34", missing: true},
		{name: "old", split: "blind35", missing: true},
		{name: "old", split: "blind36", missing: true},
		{name: "old", split: "blind37", missing: true},
		{name: "old", split: "blind38", missing: true},
		{name: "old", split: "blind39", missing: true},
		{name: "old", split: "blind40", missing: true},
		{name: "old", split: "blind41", missing: true},
		{name: "old", split: "blind42", missing: true},
		{name: "old", split: "blind43", missing: true},
		{name: "old", split: "blind44", missing: true},
		{name: "old", split: "blind45", missing: true},
		{name: "old", split: "blind46", missing: true},
		{name: "old", split: "blind47", missing: true},
		{name: "old", split: "blind48", missing: true},
		{name: "old", split: "blind49", missing: true},
		{name: "old", split: "blind50", missing: true},
		{name: "old", split: "blind51", missing: true},
		{name: "old", split: "blind52", missing: true},
		{name: "old", split: "blind53", missing: true},
		{name: "old", split: "blind54", missing: true},
		{name: "old", split: "blind55", missing: true},
		{name: "old", split: "blind56", missing: true},
		{name: "old", split: "blind57", missing: true},
		{name: "old", split: "blind58", missing: true},
		{name: "old", split: "blind59", missing: true},
		{name: "old", split: "blind60", missing: true},
		{name: "old", split: "blind61", missing: true},
		{name: "old", split: "blind62", missing: true},
		{name: "old", split: "blind63", missing: true},
		{name: "old", split: "blind64", missing: true},
		{name: "old", split: "blind65", bad: true},
	}
	for _, tc := range tests {
		t.Run(tc.name+"/"+tc.split, func(t *testing.T) {
			qs, err := Load(dir, tc.name, tc.split)
			switch {
			case tc.missing:
				require.ErrorIs(t, err, fs.ErrNotExist)
			case tc.bad:
				require.Error(t, err)
				assert.NotErrorIs(t, err, fs.ErrNotExist)
				assert.Contains(t, err.Error(), tc.split)
			default:
				require.NoError(t, err)
				var ids string
				for _, q := range qs {
					ids += q.ID
				}
				assert.Equal(t, tc.ids, ids)
			}
		})
	}
	names, err := Names(dir)
	require.NoError(t, err)
	assert.Equal(t, []string{"new", "old"}, names)
	_, err = Names(t.TempDir())
	assert.Error(t, err)
}

// TestCommittedQuestionsLoad: every question file the benchmark holds,
// asked or not yet, parses as its split's questions (an unanswerable
// question's answers are a list, empty): a set written for a later
// session fails here, not at the end of that session.
func TestCommittedQuestionsLoad(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "questions", "*.jsonl"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		name, split, ok := strings.Cut(strings.TrimSuffix(filepath.Base(f), ".jsonl"), ".")
		require.True(t, ok, f)
		require.Contains(t, Splits, split, f)
		qs, err := Load(filepath.Dir(f), name, split)
		require.NoError(t, err, f)
		assert.NotEmpty(t, qs, f)
	}
}
