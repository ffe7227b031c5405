package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/verbatim-rag/verbatim/compare"
	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/generate/lossy"
	"github.com/verbatim-rag/verbatim/index"
)

// allPassages reads every stored passage.
func allPassages(ctx context.Context, c *index.Corpus) ([]corpus.Passage, error) {
	var ps []corpus.Passage
	err := c.EachPassage(ctx, func(p corpus.Passage) error {
		ps = append(ps, p)
		return nil
	})
	return ps, err
}

func passageTextsOf(ps []corpus.Passage) []string {
	texts := make([]string, len(ps))
	for i, p := range ps {
		texts[i] = p.Text
	}
	return texts
}

// passageSource serves passages already read.
func passageSource(ps []corpus.Passage) lossy.PassageSource {
	return func(fn func(corpus.Passage) error) error {
		for _, p := range ps {
			if err := fn(p); err != nil {
				return err
			}
		}
		return nil
	}
}

// priorityGroups groups questions by the model.priority glob of their
// source document ("legal/**"; compare.OtherGroup for the rest), so runs
// with different weights (legal/**: 1 for none) compare group by group.
func priorityGroups(ps []corpus.Passage, p lossy.Priority) func(string) string {
	var paths []string
	for i, pp := range ps {
		if i == 0 || pp.Path != ps[i-1].Path {
			paths = append(paths, pp.Path)
		}
	}
	return compare.PriorityGroups(paths, func(path string) string {
		g, _ := p.Match(path)
		return g
	})
}

// measureBits measures a model on the passages: bits per byte by token
// class and format, and the questions' facts it holds.
func measureBits(ctx context.Context, m *lossy.Model, ps []corpus.Passage, qs []compare.Question, group func(string) string) (*compare.ModelBits, error) {
	b, err := m.MeasureBits(ctx, passageSource(ps))
	if err != nil {
		return nil, err
	}
	mb := &compare.ModelBits{Bits: b}
	if len(qs) > 0 {
		mb.FactsHeld, mb.Groups = compare.FactsHeld(qs, ps, m.Holds, group)
	}
	return mb, nil
}

// measureSweep measures the model trained at each sweep budget.
func measureSweep(ctx context.Context, points []compare.SweepPoint, models map[int64]*lossy.Model, ps []corpus.Passage, qs []compare.Question, group func(string) string) error {
	for i, p := range points {
		m := models[p.Budget]
		if m == nil {
			continue // not the built-in model
		}
		mb, err := measureBits(ctx, m, ps, qs, group)
		if err != nil {
			return err
		}
		points[i].Model = mb
	}
	return nil
}

// writeBits renders a model's bits per byte by token class and format.
func writeBits(w io.Writer, mb *compare.ModelBits, questions bool) error {
	var b strings.Builder
	fmt.Fprintf(&b, "  bits/byte by token class (model, gzip on the class alone, share of bytes):\n")
	for _, c := range mb.Classes {
		fmt.Fprintf(&b, "    %-7s %6.3f  gzip %6.3f  %5.1f%%\n", c.Name, c.BitsPerByte, c.GzipBitsPerByte, 100*c.Share)
	}
	fmt.Fprintf(&b, "  bits/byte by document format:\n")
	for _, f := range mb.Formats {
		fmt.Fprintf(&b, "    %-8s %6.3f  gzip %6.3f  %5.1f%%\n", f.Name, f.BitsPerByte, f.GzipBitsPerByte, 100*f.Share)
	}
	if questions {
		fmt.Fprintf(&b, "  question facts held: %s\n", mb.FactsHeld.Percent()+fmt.Sprintf(" (%d/%d)", mb.FactsHeld.Num, mb.FactsHeld.Den))
		for _, g := range mb.Groups {
			fmt.Fprintf(&b, "    %s: %s (%d/%d)\n", g.Group, g.Ratio.Percent(), g.Ratio.Num, g.Ratio.Den)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
