package index

import (
	"context"
	"sort"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/stretchr/testify/require"
	bolt "go.etcd.io/bbolt"

	"github.com/verbatim-rag/verbatim/corpus"
)

// textEntry builds a text-file entry whose passages are its paragraphs,
// joined by blank lines.
func textEntry(path string, paras ...string) corpus.Entry {
	text := strings.Join(paras, "\n\n")
	e := corpus.Entry{
		Doc:        corpus.Document{Path: path, Format: corpus.Text, Title: path},
		Original:   []byte(text),
		Extraction: corpus.Extraction{Text: text, Map: corpus.IdentityMap(len(text))},
	}
	off := 0
	for _, p := range paras {
		e.Passages = append(e.Passages, corpus.Passage{Start: off, End: off + len(p), Section: "S"})
		off += len(p) + 2
	}
	return e
}

func openTest(t testing.TB, dir string) *Corpus {
	t.Helper()
	c, err := Open(dir, Options{NoSync: true, LockTimeout: 200e6})
	require.NoError(t, err)
	return c
}

// bleveIDs lists every passage id in the bleve index.
func bleveIDs(t testing.TB, c *Corpus) []string {
	t.Helper()
	req := bleve.NewSearchRequestOptions(bleve.NewMatchAllQuery(), 100000, 0, false)
	res, err := c.Index().Search(req)
	require.NoError(t, err)
	ids := make([]string, 0, len(res.Hits))
	for _, h := range res.Hits {
		ids = append(ids, h.ID)
	}
	sort.Strings(ids)
	return ids
}

// storeIDs lists every passage id the store resolves.
func storeIDs(t testing.TB, c *Corpus) []string {
	t.Helper()
	var ids []string
	require.NoError(t, c.EachPassage(context.Background(), func(p corpus.Passage) error {
		ids = append(ids, p.ID)
		return nil
	}))
	sort.Strings(ids)
	return ids
}

// requireConsistent checks that bleve holds exactly the stored passages
// and that no journal work is pending.
func requireConsistent(t testing.TB, c *Corpus) {
	t.Helper()
	require.ElementsMatch(t, storeIDs(t, c), bleveIDs(t, c))
	st, err := c.Stats()
	require.NoError(t, err)
	require.Zero(t, st.PendingJournal)
}

// bucketLen counts the keys of a bucket.
func bucketLen(t testing.TB, c *Corpus, name []byte) int {
	t.Helper()
	n := 0
	require.NoError(t, c.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(name).ForEach(func(_, _ []byte) error { n++; return nil })
	}))
	return n
}

// searchWord is a request for passages whose text matches word.
func searchWord(word string) *bleve.SearchRequest {
	q := bleve.NewMatchQuery(word)
	q.SetField(FieldText)
	return bleve.NewSearchRequest(q)
}

// recordOf reads the stored record of the document at path.
func recordOf(t testing.TB, c *Corpus, path string) storedDoc {
	t.Helper()
	var d storedDoc
	require.NoError(t, c.db.View(func(tx *bolt.Tx) error {
		var err error
		d, _, err = lookupDoc(tx.Bucket(bucketIDs), tx.Bucket(bucketDocs), corpus.DocID(path))
		return err
	}))
	require.NotEmpty(t, d.ID, "no record for %s", path)
	return d
}

// docKeyOf, textKeyOf, passageKeyOf and blobKeyOf are the store keys of
// the record, text, ord-th passage and blob of the document at path
// (layout.go).
func docKeyOf(t testing.TB, c *Corpus, path string) string {
	return string(seqKey(recordOf(t, c, path).seq))
}

func textKeyOf(t testing.TB, c *Corpus, path string) string {
	return string(seqKey(recordOf(t, c, path).seq))
}

func passageKeyOf(t testing.TB, c *Corpus, path string, ord int) string {
	return string(passageKey(recordOf(t, c, path).seq, ord))
}

func blobKeyOf(t testing.TB, c *Corpus, path string) string {
	return string(seqKey(recordOf(t, c, path).blob))
}
