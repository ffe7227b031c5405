// Package qaset loads the question-answering benchmark's question files,
// builds a pipeline over a corpus folder and scores the answers: the
// PopQA rule for accuracy, citation precision, and whether every cited
// quote is a whole copied unit (see english.Units).
package qaset

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/verbatim-rag/verbatim/compare"
	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/english"
	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/generate/lossy"
	"github.com/verbatim-rag/verbatim/generate/reader"
	"github.com/verbatim-rag/verbatim/index"
	"github.com/verbatim-rag/verbatim/ingest"
	"github.com/verbatim-rag/verbatim/rag"
	"github.com/verbatim-rag/verbatim/retrieve"
	"github.com/verbatim-rag/verbatim/verify"
)

// Question is one line of a question file.
type Question struct {
	ID       string   `json:"id"`
	Question string   `json:"question"`
	Answers  []string `json:"answers"`
	Source   string   `json:"source,omitempty"`
	Kind     string   `json:"kind"`
	Wording  string   `json:"wording"`
}

// Names lists the corpora that have a question file (NAME.SPLIT.jsonl,
// any split) in dir.
func Names(dir string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var out []string
	for _, f := range files {
		name, _, ok := strings.Cut(filepath.Base(f), ".")
		if ok && name != "" && !seen[name] {
			seen[name] = true
			out = append(out, name)
		}
	}
	sort.Strings(out)
	if len(out) == 0 {
		return nil, fmt.Errorf("no question files (NAME.dev.jsonl, ...) in %s", dir)
	}
	return out, nil
}

// Splits are the question sets a corpus may have, in the order "all"
// reads them: "dev", "blind" (read once at the end of session 2),
// "blind2" (written in session 3 by a helper who never read the answering
// code, read once at its end) and "blind3" (written the same way in
// session 4, for the six first corpora and two new ones that have no
// other set) and "blind4" (the same way in session 5, for the six first
// corpora and three new ones: fraeng, usbids, maintguide).
// "blind5" (session 6: the nine corpora above and spaeng, devref, miscfiles).
// "blind6" (session 7: the fourteen corpora above and three new ones; read
// once at its end).
// "blind7" (session 8: the seventeen corpora above and itaeng, tzdata, policy; asked once at the session's end).
// "blind8" (session 9: all twenty corpora, 12 questions each, written blind; asked once at the session's end).
// "blind9" (session 10: all twenty corpora, 12 questions each, written blind; asked once at the session's end).
// "blind10" (session 11: the twenty corpora and four new ones, 12 questions each, written blind; asked once at the session's end).
// "blind11" (session 12: all twenty-four corpora, 12 questions each, written blind; asked once at the session's end).
// "blind12" (session 13: the same, from the seed-12 draws; asked once at the session's end).
// "blind13" (session 14: the same, from the seed-13 draws; asked once at the session's end).
// "blind14" (session 15: the same, from the seed-14 draws; asked once at the session's end).
// "blind15" (session 16: the same, from the seed-15 draws; asked once at the session's end).
// "blind16" (session 17: the same, from the seed-16 draws; asked once at the session's end).
// "blind17" (session 18: the same, from the seed-17 draws; asked once at the session's end).
// "blind18" (session 19: the same, from the seed-18 draws; asked once at the session's end).
// "blind19" (session 20: the same, from the seed-19 draws; asked once at the session's end).
// "blind20" (session 21: the same, from the seed-20 draws; asked once at the session's end).
// "blind21" (session 22: the same, from the seed-21 draws; asked once at the session's end).
// "blind22" (session 23: the same, from the seed-22 draws; asked once at the session's end).
// "blind23" (session 24: the same, from the seed-23 draws; asked once at the session's end).
// "blind24" (session 25: the same, from the seed-24 draws; asked once at the session's end).
// "blind25" (session 26: the same, from the seed-25 draws; written and asked once in session 27).
// "blind26" (session 28: the same, from the seed-26 draws; asked once at the session's end).
// "blind27" (session 29: the same, from the seed-27 draws; written and asked once in session 31).
// "blind28" (session 31: the same, from the seed-28 draws; written and asked once in session 32).
// "blind29" (session 32: the same, from the seed-29 draws; written and asked once in session 33).
// "blind30" (session 33: the same, from the seed-30 draws, written at its end; asked once at the end of session 34).
// "blind31" (session 34: the same, from the seed-31 draws; asked once at the end of session 35).
// "blind32" (session 35: the same, from the seed-32 draws; asked once at the end of session 36).
// "blind33" (session 36: the same, from the seed-33 draws; asked once at the end of session 37).
// "blind34" (session 37: the same, from the seed-34 draws; asked once at the end of session 38).
// "blind35" (session 38: the same, from the seed-35 draws; asked once at the end of session 39).
// "blind36" (session 39: the same, from the seed-36 draws, eighteen corpora; asked once at the end of session 40).
// "blind37" (sessions 40 and 41: the same, from the seed-36 draws, for the six corpora blind36 lacks; asked once at the end of session 41).
// "blind38" (sessions 41 and 42: the same, from the seed-38 draws, all twenty-four corpora; asked once at the end of session 42).
// "blind39" (sessions 42 and 43: the same, from the seed-39 draws, all twenty-four corpora; asked once at the end of session 43).
// "blind40" (session 43: the same, from the seed-40 draws, all twenty-four corpora; asked once at the end of session 44).
// "blind41" (session 44: the same, from the seed-41 draws, all twenty-four corpora; asked once at the end of session 44).
// "blind42" (session 44: the same, from the seed-42 draws, all twenty-four corpora; asked once at the end of session 45).
// "blind43" (session 45: the same, from the seed-43 draws; asked once at the end of session 46).
// "blind44" (session 46: the same, from the seed-44 draws; asked once at the end of session 47).
// "blind45" (session 47: the same, from the seed-45 draws; asked once at the end of session 48).
// "blind46" (session 48: the same, from the seed-46 draws; asked once at the end of session 49).
// "blind47" (session 49: the same, from the seed-47 draws; asked once at the end of session 50).
// "blind48" (session 50: the same, from the seed-48 draws; asked once at the end of session 51).
// "blind49" (session 51: the same, from the seed-49 draws; asked once at the end of session 52).
// "blind50" (session 52: the same, from the seed-50 draws; asked once at the end of session 53).
// "blind51" (session 53: the same, from the seed-51 draws; asked once at the end of session 54).
// "blind52" (session 54: the same, from the seed-52 draws; asked once at the end of session 55).
// "blind53" (session 55: the same, from the seed-53 draws; asked once at the end of session 56).
// "blind54" (session 56: the same, from the seed-54 draws; asked once at the end of session 57).
// "blind55" (session 57: the same, from the seed-55 draws; asked once at the end of session 58).
// "blind56" (session 58: the same, from the seed-56 draws; asked once at the end of session 59).
// "blind57" (session 59: the same, from the seed-57 draws; asked once at the end of session 60).
// "blind58" (session 60: the same, from the seed-58 draws; asked once at the end of session 61).
// "blind59" (session 61: the same, from the seed-59 draws; asked once at the end of session 62).
// "blind60" (session 62: the same, from the seed-60 draws; asked once at the end of session 63),
// "blind61" (session 63: the same, from the seed-61 draws; asked once at the end of session 64),
// "blind62" (session 64: the same, from the seed-62 draws; asked once at the end of session 65),
// "blind63" (session 65: the same, from the seed-63 draws; asked once at the end of session 66),
// "blind64" (session 66: the same, from the seed-64 draws; to be asked once).
var Splits = []string{"dev", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21", "blind22", "blind23", "blind24", "blind25", "blind26", "blind27", "blind28", "blind29", "blind30", "blind31", "blind32", "blind33", "blind34", "blind35", "blind36", "blind37", "blind38", "blind39", "blind40", "blind41", "blind42", "blind43", "blind44", "blind45", "blind46", "blind47", "blind48", "blind49", "blind50", "blind51", "blind52", "blind53", "blind54", "blind55", "blind56", "blind57", "blind58", "blind59", "blind60", "blind61", "blind62", "blind63", "blind64"}

// Seen are the splits already read: the dev half and every blind set
// asked once at the end of its session. "seen" asks them together, the
// set the reader's calibrator is fitted on (more styles than dev alone);
// a blind set written later stays out of it until it has been read.
var Seen = []string{"dev", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21", "blind22", "blind23", "blind24", "blind25", "blind26", "blind27", "blind28", "blind29", "blind30", "blind31", "blind32", "blind33", "blind34", "blind35", "blind36", "blind37", "blind38", "blind39", "blind40", "blind41", "blind42", "blind43", "blind44", "blind45", "blind46", "blind47", "blind48", "blind49", "blind50", "blind51", "blind52", "blind53", "blind54", "blind55", "blind56", "blind57", "blind58", "blind59", "blind60", "blind61", "blind62", "blind63"}

// Load reads the questions of one corpus: one of Splits, or "all" for
// every split the corpus has a file for. A corpus without a file for the
// split (for "all": without any) gets an error that wraps fs.ErrNotExist.
func Load(dir, name, split string) ([]Question, error) {
	var parts []string
	switch {
	case split == "all":
		parts = Splits
	case split == "seen":
		parts = Seen
	case slices.Contains(Splits, split):
		parts = []string{split}
	default:
		return nil, fmt.Errorf("split %q: want %s, seen or all", split, strings.Join(Splits, ", "))
	}
	var out []Question
	found := false
	for _, part := range parts {
		path := filepath.Join(dir, name+"."+part+".jsonl")
		qs, err := ReadFile(path)
		if (split == "all" || split == "seen") && errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		found = true
		out = append(out, qs...)
	}
	if !found {
		return nil, fmt.Errorf("%s: no question file in %s: %w", name, dir, fs.ErrNotExist)
	}
	return out, nil
}

// ReadFile reads one question file (JSON lines; see Question).
func ReadFile(path string) ([]Question, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Question
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var q Question
		if err := json.Unmarshal(sc.Bytes(), &q); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		if q.Question == "" {
			return nil, fmt.Errorf("%s:%d: question: empty", path, line)
		}
		if q.Kind == "" {
			q.Kind = "other"
		}
		if q.Wording == "" {
			q.Wording = "literal"
		}
		out = append(out, q)
	}
	return out, sc.Err()
}

// Bench is a corpus ready to be asked.
type Bench struct {
	Pipeline *rag.Pipeline
	Model    *lossy.Model
	Passages lossy.Source // the stored passages, to train models at other budgets (AskBare)
}

// Pipeline ingests the folder dir into a fresh store under tmp, trains the
// built-in model on it and returns the pipeline and a function that
// closes and removes the store.
func Pipeline(ctx context.Context, dir, tmp string) (*Bench, func(), error) {
	root, err := filepath.Abs(dir)
	if err != nil {
		return nil, nil, err
	}
	if _, err := os.Stat(root); err != nil {
		return nil, nil, fmt.Errorf("corpus folder: %w (build it with bench/qa/run.sh)", err)
	}
	data, err := os.MkdirTemp(tmp, "verbatim-qa-*")
	if err != nil {
		return nil, nil, err
	}
	c, err := index.Open(data, index.Options{NoSync: true})
	if err != nil {
		os.RemoveAll(data)
		return nil, nil, err
	}
	closeFn := func() { _ = c.Close(); _ = os.RemoveAll(data) }
	// As `verbatim ingest` does: a bulk load into a fresh store, merged
	// into one segment at its end. BM25's statistics (documents and
	// their lengths) differ on an index left in its batches' segments.
	if _, err := ingest.RunLedgered(ctx, c, []string{root}, ingest.DefaultConfig(), ingest.Options{}, nil); err != nil {
		closeFn()
		return nil, nil, err
	}
	src := func(fn func(text string) error) error {
		return c.EachPassage(ctx, func(p corpus.Passage) error { return fn(p.Text) })
	}
	m, err := lossy.Train(ctx, src, lossy.Config{})
	if err != nil {
		closeFn()
		return nil, nil, err
	}
	p := rag.New(retrieve.New(c, retrieve.DefaultConfig()), lossy.New(m, lossy.Config{}), c, rag.DefaultConfig())
	return &Bench{Pipeline: p, Model: m, Passages: src}, closeFn, nil
}

// Outcome is what became of one question.
type Outcome string

// The outcomes of a question.
const (
	Correct  Outcome = "correct"  // answerable, answered, a gold string in the answer
	Wrong    Outcome = "wrong"    // answerable, answered without a gold string
	Abstain  Outcome = "abstain"  // answerable, declined
	Declined Outcome = "declined" // unanswerable, declined
	Answered Outcome = "answered" // unanswerable, answered
)

// Record is one asked question and what came of it.
type Record struct {
	Question
	Corpus    string    `json:"corpus"`
	Answer    string    `json:"answer"`
	Outcome   Outcome   `json:"outcome"`
	Cites     int       `json:"cites"`
	GoodCites int       `json:"good_cites"`
	UnitCuts  int       `json:"unit_cuts"`          // cited quotes that start or end inside a copied unit
	Retrieved bool      `json:"retrieved"`          // the source file is among the retrieved passages
	GoldRead  bool      `json:"gold_read"`          // a retrieved passage holds a gold answer (the reader had it to read)
	Features  []float64 `json:"features,omitempty"` // the reader's confidence features (see reader.Answer)
	BestRight bool      `json:"best_right"`         // the unit the reader would copy holds a gold answer
	Best      string    `json:"best,omitempty"`     // that unit's text
	Explain   string    `json:"-"`                  // the reader's view, with Options.Explain
	Ranked    []Ranked  `json:"ranked,omitempty"`   // the reader's best units, with Options.Rank
}

// Ranked is one of the units the reader ranks best for a question: the
// signals its score weighs and whether what it would copy holds a gold
// answer (for fitting the score's weights: bench/qa/rankfit.py).
type Ranked struct {
	Signals []float64 `json:"signals"`
	Right   bool      `json:"right"`
}

// Options tune Ask.
type Options struct {
	Explain bool // record the reader's view of each question answered wrong or declined
	Rank    int  // record the reader's Rank best units of each answerable question
}

// Ask asks every question in RAG mode and scores it.
func Ask(ctx context.Context, b *Bench, name string, qs []Question, opt Options) ([]Record, error) {
	out := make([]Record, 0, len(qs))
	for _, q := range qs {
		ans, err := b.Pipeline.Ask(ctx, rag.Request{Question: q.Question, Mode: generate.RAG})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", q.ID, err)
		}
		r := Score(name, q, ans)
		if len(ans.Sources) > 0 {
			ra := reader.New(b.Model.IDF()).Read(q.Question, ans.Sources)
			r.Features = ra.Features
			for _, pc := range ra.Best {
				for _, s := range ans.Sources {
					if s.N != pc.N {
						continue
					}
					r.Best += s.Passage.Text[pc.Start:pc.End]
					if compare.Match(s.Passage.Text[pc.Start:pc.End], q.Answers) {
						r.BestRight = true
					}
				}
			}
		}
		if opt.Rank > 0 && len(q.Answers) > 0 && len(ans.Sources) > 0 {
			for _, u := range reader.New(b.Model.IDF()).Rank(q.Question, ans.Sources, opt.Rank) {
				rk := Ranked{Signals: u.Signals}
				for _, s := range ans.Sources {
					if s.N == u.Piece.N {
						rk.Right = compare.Match(s.Passage.Text[u.Piece.Start:u.Piece.End], q.Answers)
					}
				}
				r.Ranked = append(r.Ranked, rk)
			}
		}
		if opt.Explain && r.Outcome != Correct && r.Outcome != Declined {
			r.Explain = reader.New(b.Model.IDF()).Explain(q.Question, ans.Sources, 4)
		}
		out = append(out, r)
	}
	return out, nil
}

// Score scores one answer.
func Score(name string, q Question, ans rag.Answer) Record {
	r := Record{Question: q, Corpus: name, Answer: ans.Text}
	golds := goldTexts(q)
	for _, s := range ans.Sources {
		if q.Source != "" && strings.HasSuffix(s.Passage.Path, "/"+q.Source) {
			r.Retrieved = true
		}
		if len(golds) > 0 && !r.GoldRead && compare.Match(s.Passage.Text, golds) {
			r.GoldRead = true
		}
	}
	answerable := len(q.Answers) > 0
	switch {
	case !answerable && ans.Abstained:
		r.Outcome = Declined
	case !answerable:
		r.Outcome = Answered
	case ans.Abstained:
		r.Outcome = Abstain
	case compare.Match(ans.Text, golds):
		r.Outcome = Correct
	default:
		r.Outcome = Wrong
	}
	if ans.Abstained {
		return r
	}
	for _, c := range ans.Citations {
		r.Cites++
		src, ok := passageOf(c, ans.Sources)
		if answerable && (compare.Match(c.Quote, golds) || (ok && compare.Match(src.Passage.Text, golds))) {
			r.GoodCites++
		}
		if ok && !WholeUnits(src.Passage, c) {
			r.UnitCuts++
		}
	}
	return r
}

// goldTexts is q's gold answers as the reader can write them: a gold
// copied byte for byte from an HTML source may hold character references
// ("2&gt;&amp;1", "user&rsquo;s") that the extracted text, and so every
// answer and passage, writes as characters ("2>&1", "user’s"); both forms
// count.
func goldTexts(q Question) []string {
	switch strings.ToLower(filepath.Ext(q.Source)) {
	case ".html", ".htm", ".xhtml":
	default:
		return q.Answers
	}
	out := slices.Clone(q.Answers)
	for _, g := range q.Answers {
		if u := html.UnescapeString(g); u != g {
			out = append(out, u)
		}
	}
	return out
}

// passageOf returns the source whose passage c cites.
func passageOf(c verify.Citation, sources []generate.Source) (generate.Source, bool) {
	for _, s := range sources {
		if s.Passage.ID == c.PassageID {
			return s, true
		}
	}
	return generate.Source{}, false
}

// WholeUnits reports whether a citation's quote starts and ends where a
// copied unit of its passage (or a constituent of one: a record's value,
// an abbreviation's expansion) starts and ends.
func WholeUnits(p corpus.Passage, c verify.Citation) bool {
	start, end := c.Span.Start-p.Start, c.Span.End-p.Start
	if start < 0 || end > len(p.Text) || start >= end {
		return false
	}
	starts, ends := map[int]bool{}, map[int]bool{}
	for _, u := range english.Units(p.Text) {
		starts[u.Start], ends[u.End] = true, true
		for _, part := range u.Parts {
			starts[part.Start], ends[part.End] = true, true
		}
	}
	return starts[start] && ends[end]
}

// Summary counts the outcomes of a group of records.
type Summary struct {
	Answerable, Correct, Wrong, Abstained int
	Unanswerable, Declined                int
	Cites, GoodCites, UnitCuts            int
	MeanLen                               float64 // mean answer length in bytes, answered questions
}

// Summarize counts a group of records.
func Summarize(recs []Record) Summary {
	var s Summary
	answered, bytes := 0, 0
	for _, r := range recs {
		switch r.Outcome {
		case Correct:
			s.Correct++
		case Wrong:
			s.Wrong++
		case Abstain:
			s.Abstained++
		case Declined:
			s.Declined++
		}
		if len(r.Answers) > 0 {
			s.Answerable++
			s.Cites += r.Cites
			s.GoodCites += r.GoodCites
		} else {
			s.Unanswerable++
		}
		if r.Outcome == Correct || r.Outcome == Wrong || r.Outcome == Answered {
			answered++
			bytes += len(r.Answer)
		}
		s.UnitCuts += r.UnitCuts
	}
	if answered > 0 {
		s.MeanLen = float64(bytes) / float64(answered)
	}
	return s
}
