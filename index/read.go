package index

import (
	"context"
	"fmt"
	"strings"

	bolt "go.etcd.io/bbolt"

	"github.com/verbatim-rag/verbatim/corpus"
)

// view runs fn with a reader over one read transaction.
func (c *Corpus) view(fn func(r *reader) error) error {
	return c.viewTx(func(tx *bolt.Tx) error { return fn(newReader(tx)) })
}

// Document returns the document with id.
func (c *Corpus) Document(id string) (d corpus.Document, err error) {
	err = c.view(func(r *reader) error {
		sd, err := r.doc(id)
		d = sd.Document
		return err
	})
	return d, err
}

// DocumentByPath returns the document stored for path.
func (c *Corpus) DocumentByPath(path string) (d corpus.Document, err error) {
	err = c.view(func(r *reader) error {
		id := r.paths.Get([]byte(path))
		if id == nil {
			return fmt.Errorf("index: document at %s: %w", path, ErrNotFound)
		}
		sd, err := r.doc(string(id))
		d = sd.Document
		return err
	})
	return d, err
}

// Documents returns the documents whose path is root or lies under it
// (path boundaries respected: /a/b is not under /a/bc), keyed by path.
func (c *Corpus) Documents(root string) (map[string]corpus.Document, error) {
	out := map[string]corpus.Document{}
	err := c.eachDoc(root, func(d corpus.Document) error {
		out[d.Path] = d
		return nil
	})
	return out, err
}

// AllDocuments returns every document, sorted by path.
func (c *Corpus) AllDocuments() ([]corpus.Document, error) {
	var out []corpus.Document
	err := c.eachDoc("/", func(d corpus.Document) error {
		out = append(out, d)
		return nil
	})
	return out, err
}

// eachDoc calls fn for the documents under root in path order; root "/"
// (or "") means every document.
func (c *Corpus) eachDoc(root string, fn func(corpus.Document) error) error {
	prefix := strings.TrimSuffix(root, "/")
	return c.view(func(r *reader) error {
		cur := r.paths.Cursor()
		for k, v := cur.Seek([]byte(prefix)); k != nil && strings.HasPrefix(string(k), prefix); k, v = cur.Next() {
			if !under(string(k), prefix) {
				continue
			}
			d, err := r.doc(string(v))
			if err != nil {
				return err
			}
			if err := fn(d.Document); err != nil {
				return err
			}
		}
		return nil
	})
}

// under reports whether path is prefix or below it; prefix has no trailing
// slash, "" standing for the root.
func under(path, prefix string) bool {
	if prefix == "" {
		return true
	}
	return path == prefix || strings.HasPrefix(path, prefix+"/")
}

// Passage returns one passage and its span (Path filled).
func (c *Corpus) Passage(id string) (p corpus.Passage, sp corpus.Span, err error) {
	err = c.view(func(r *reader) error {
		var e *docEntry
		if p, e, err = r.passage(id); err != nil {
			return err
		}
		sp, err = r.span(e, p.Start, p.End)
		return err
	})
	return p, sp, err
}

// Passages resolves many passage ids in one transaction, in order; any
// missing id fails the call with ErrNotFound.
func (c *Corpus) Passages(ids []string) ([]corpus.Passage, []corpus.Span, error) {
	ps := make([]corpus.Passage, len(ids))
	sps := make([]corpus.Span, len(ids))
	err := c.view(func(r *reader) error {
		for i, id := range ids {
			p, e, err := r.passage(id)
			if err != nil {
				return err
			}
			if sps[i], err = r.span(e, p.Start, p.End); err != nil {
				return err
			}
			ps[i] = p
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return ps, sps, nil
}

// DocPassages returns a document's passages in order.
func (c *Corpus) DocPassages(docID string) (ps []corpus.Passage, err error) {
	err = c.view(func(r *reader) error {
		ps, err = r.docPassages(docID)
		return err
	})
	return ps, err
}

// Text returns a document's extracted text and its extraction (with Text set).
func (c *Corpus) Text(docID string) (text string, ext corpus.Extraction, err error) {
	err = c.view(func(r *reader) error {
		e, err := r.entry(docID)
		if err != nil {
			return err
		}
		x, err := e.extraction()
		if err != nil {
			return err
		}
		ext = *x
		ext.Text = string(e.text)
		return nil
	})
	return ext.Text, ext, err
}

// Original returns the original bytes of a document's file.
func (c *Corpus) Original(docID string) (b []byte, err error) {
	err = c.view(func(r *reader) error {
		d, err := r.doc(docID)
		if err != nil {
			return err
		}
		v := r.blobs.Get(seqKey(d.blob))
		if v == nil {
			return fmt.Errorf("index: original of %s: %w", d.Path, ErrNotFound)
		}
		b = append([]byte(nil), v...)
		return nil
	})
	return b, err
}

// Locate maps [start, end) of a document's extracted text to a Span.
func (c *Corpus) Locate(docID string, start, end int) (sp corpus.Span, err error) {
	err = c.view(func(r *reader) error {
		e, err := r.entry(docID)
		if err != nil {
			return err
		}
		sp, err = r.span(e, start, end)
		return err
	})
	return sp, err
}

// EachPassage calls fn for every passage of the corpus, in path and then
// ord order, inside one read transaction. An error from fn (or the
// context's) stops the walk and is returned.
func (c *Corpus) EachPassage(ctx context.Context, fn func(corpus.Passage) error) error {
	return c.view(func(r *reader) error {
		cur := r.paths.Cursor()
		for k, v := cur.First(); k != nil; k, v = cur.Next() {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("index: %w", err)
			}
			if err := r.eachOf(string(v), fn); err != nil {
				return err
			}
		}
		return nil
	})
}

// eachOf calls fn for one document's passages without caching the document.
func (r *reader) eachOf(docID string, fn func(corpus.Passage) error) error {
	ps, err := r.docPassages(docID)
	delete(r.cache, docID)
	if err != nil {
		return err
	}
	for _, p := range ps {
		if err := fn(p); err != nil {
			return err
		}
	}
	return nil
}

// EachPath calls fn with the path and document id of every document under
// root (as in Documents), in path order, without decoding the documents.
// fn returns false to stop.
func (c *Corpus) EachPath(root string, fn func(path, docID string) bool) error {
	prefix := strings.TrimSuffix(root, "/")
	return c.view(func(r *reader) error {
		cur := r.paths.Cursor()
		for k, v := cur.Seek([]byte(prefix)); k != nil && strings.HasPrefix(string(k), prefix); k, v = cur.Next() {
			if under(string(k), prefix) && !fn(string(k), string(v)) {
				return nil
			}
		}
		return nil
	})
}
