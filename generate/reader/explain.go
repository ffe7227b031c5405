package reader

import (
	"fmt"
	"strings"

	"github.com/verbatim-rag/verbatim/generate"
)

// Explain describes how the reader reads question against sources: the
// question's analysis and its n best units with their signals. It is for
// people tuning or debugging the reader.
func (r *Reader) Explain(question string, sources []generate.Source, n int) string {
	q := analyze(readForm(question, sources), r.idf)
	cands := r.candidates(q, sources) // binds the question's headwords first
	var sb strings.Builder
	fmt.Fprintf(&sb, "kind=%s length=%d short=%q words:", q.kind, q.length, q.short)
	for _, w := range q.words {
		role := "rel"
		switch {
		case w.subject:
			role = "subj"
		case w.cue:
			role = "cue"
		}
		fmt.Fprintf(&sb, " %s/%s(%.1f)", w.body, role, w.idf)
	}
	sb.WriteString("\n")
	if len(cands) > 0 {
		fmt.Fprintf(&sb, "confidence %.2f\n", confidence(features(q, cands)))
	}
	for _, c := range cands[:max(0, min(n, len(cands)))] {
		u := c.p.units[c.unit]
		text := strings.Join(strings.Fields(c.p.text[u.Start:u.End]), " ")
		if len(text) > 140 {
			text = text[:140] + "…"
		}
		fmt.Fprintf(&sb, "  [%d] %.2f bind=%.2f align=%.2f fit=%.2f key=%v %s: %s\n     ", c.p.n, c.score, c.bind, c.align, c.fit, c.keyHit, u.Shape, text)
		for k, x := range c.signals() {
			fmt.Fprintf(&sb, " %s=%.3g", signalNames[k], x) // what the score weighs (scoreWeights)
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

// Ranked is a unit as the reader ranks it for a question: the piece it
// would copy and the signals its score weighs, for fitting the score's
// weights on questions with known answers (bench/qa/rankfit.py): bind,
// align, fit, about, rank, length, key, exact, cell, cue.
type Ranked struct {
	Piece   Piece
	Signals []float64
}

// Rank returns the reader's n best units for question, best first, each
// as the score ranks it: the unit alone, without the sentence that may
// complete the best one in Read (see completedBy), since the score's
// weights are fitted on units.
func (r *Reader) Rank(question string, sources []generate.Source, n int) []Ranked {
	q := analyze(readForm(question, sources), r.idf)
	cands := r.candidates(q, sources)
	n = max(0, min(n, len(cands)))
	out := make([]Ranked, 0, n)
	for _, c := range cands[:n] {
		out = append(out, Ranked{Piece: q.piece(c), Signals: c.signals()})
	}
	return out
}
