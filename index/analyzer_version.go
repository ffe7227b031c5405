package index

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/blevesearch/bleve/v2"
)

// analyzerVersion is the version of the analysis the passage index was
// built with (Analyzer and its filters), kept in the index under
// analyzerKey. A change to what the analyzer makes of a text changes
// which terms a query meets, so an index built by another version would
// answer wrongly without failing: a writable Open rebuilds it from the
// store, a read-only Open refuses it (ErrOutdatedIndex).
//
//	1 (no key): bleve's "en" with capitalised stop words kept ("_it")
//	2: acronyms also indexed whole besides their stems ("tps" and "tp")
//	3: words joined by colons cut into their parts ("KG:KGZ:Kyrgyzstan"),
//	   and titles indexed as words (TitleText: "dec.txt" as "dec")
const analyzerVersion = "3"

// analyzerKey is the internal key of the passage index that holds its
// analyzerVersion.
var analyzerKey = []byte("verbatim_analyzer")

// outdatedSuffix names the folder an outdated passage index is moved to
// while its replacement is built; it is removed afterwards (and by the
// next writable Open, after a crash).
const outdatedSuffix = ".outdated"

// ErrOutdatedIndex reports, to a read-only Open, a passage index built by
// an older version of the analyzer: its terms no longer match the
// queries'. A writable Open (verbatim ingest, verbatim check --repair)
// rebuilds it from the store.
var ErrOutdatedIndex = errors.New("index: passage index was built by an older version")

// indexAnalyzerVersion returns the analyzer version idx was built with.
func indexAnalyzerVersion(idx bleve.Index) (string, error) {
	v, err := idx.GetInternal(analyzerKey)
	if err != nil {
		return "", fmt.Errorf("index: read the passage index's analyzer version: %w", err)
	}
	if v == nil {
		return "1", nil
	}
	return string(v), nil
}

// checkAnalyzer returns, for a passage index idx at path built with
// another analyzer version, ErrOutdatedIndex for a read-only corpus; a
// writable one closes idx and moves it aside for createBleve, which
// rebuilds it from the store. ok reports an index that can be used as it
// is.
func (c *Corpus) checkAnalyzer(idx bleve.Index, path string) (ok bool, err error) {
	v, err := indexAnalyzerVersion(idx)
	if err != nil || v == analyzerVersion {
		return err == nil, err
	}
	if c.opts.ReadOnly {
		msg := fmt.Sprintf("passage index %s was built by an older version of Verbatim (analyzer version %s, this build's is %s): run a writable command (verbatim ingest, or verbatim check --repair) to rebuild it from the store", path, v, analyzerVersion)
		if c.opts.AllowOutdated {
			c.outdated = msg
			return true, nil
		}
		_ = idx.Close()
		return false, &wrapped{msg: "index: " + msg, is: ErrOutdatedIndex}
	}
	_ = idx.Close()
	if err := os.RemoveAll(path + outdatedSuffix); err != nil {
		return false, fmt.Errorf("index: remove %s: %w", path+outdatedSuffix, err)
	}
	if err := os.Rename(path, path+outdatedSuffix); err != nil {
		return false, fmt.Errorf("index: move the outdated passage index %s aside: %w", path, err)
	}
	c.reindexed = v
	return false, nil
}

// removeOutdated removes the outdated index checkAnalyzer moved aside,
// once its replacement is in place (best effort: the next writable Open
// tries again).
func removeOutdated(path string) {
	_ = os.RemoveAll(path + outdatedSuffix)
}

// restoreOutdated puts back the outdated index checkAnalyzer moved aside
// when a crash came before its replacement was in place, so that the
// rebuild starts again as it started (and ends merged); it removes it
// when the replacement is in place.
func restoreOutdated(path string) error {
	if _, err := os.Stat(path + outdatedSuffix); err != nil {
		return nil
	}
	if _, err := os.Stat(path); err == nil {
		removeOutdated(path)
		return nil
	}
	if err := os.Rename(path+outdatedSuffix, path); err != nil {
		return fmt.Errorf("index: put back the outdated passage index %s: %w", path+outdatedSuffix, err)
	}
	return nil
}

// interruptedRebuild is the error of a read-only Open that finds the
// outdated passage index moved aside and no replacement in place: a
// rebuild died before it was done (the store is whole; the index is not
// missing, as noCorpus would say).
func interruptedRebuild(path string) error {
	return &wrapped{
		msg: fmt.Sprintf("index: the rebuild of the outdated passage index %s was interrupted: run a writable command (verbatim ingest, or verbatim check --repair) to rebuild it from the store", path),
		is:  ErrOutdatedIndex,
	}
}

// compactReindexed merges a passage index this Open rebuilt from the
// store (see checkAnalyzer) into one segment, as an ingest's bulk load
// ends, so that it searches as the index of a fresh ingest does, and only
// then records this build's analyzer version in it: until then it keeps
// the outdated one, and a rebuild cut short is done again by the next
// writable Open.
func (c *Corpus) compactReindexed() error {
	if c.reindexed == "" {
		return nil
	}
	if err := c.Compact(context.Background()); err != nil {
		return fmt.Errorf("index: rebuild the outdated passage index: %w", err)
	}
	if err := c.bleve().SetInternal(analyzerKey, []byte(analyzerVersion)); err != nil {
		return fmt.Errorf("index: rebuild the outdated passage index: record its analyzer version: %w", err)
	}
	return nil
}

// Outdated says, after a read-only Open with Options.AllowOutdated, why the
// passage index needs a rebuild; "" when it is current.
func (c *Corpus) Outdated() string { return c.outdated }

// ReindexedFrom is the analyzer version of the outdated passage index this
// Open rebuilt from the store, "" when it rebuilt none (see
// ErrOutdatedIndex).
func (c *Corpus) ReindexedFrom() string { return c.reindexed }
