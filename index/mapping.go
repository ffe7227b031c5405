package index

import (
	"path"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/mapping"
	bleveindex "github.com/blevesearch/bleve_index_api"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/english"
)

// Fields of a passage in the bleve index.
const (
	FieldText    = "text"    // passage text, analyzer "en", term vectors (byte offsets)
	FieldTitle   = "title"   // document or passage title, analyzer "en"
	FieldSection = "section" // heading path, analyzer "en"
	FieldFormat  = "format"  // corpus.Format, keyword
	FieldDoc     = "doc"     // document id, keyword
)

// allField is bleve's composite field of every field included in it,
// disabled in the mapping.
const allField = "_all"

// keepAllField keeps the _all field in new indexes, as before it was
// disabled (BenchmarkBulkLoad compares the two).
var keepAllField = false

// newMapping is the bleve mapping of passages: BM25 scoring, nothing
// stored (texts come from the store), term vectors only on the text, and
// no composite "_all" field: every query names its field, no field is
// included in _all, and building it anyway (it held only the passage ids,
// with term vectors) took about a twelfth of an ingest's indexing CPU.
// Indexes built with it search the same.
func newMapping() mapping.IndexMapping {
	im := bleve.NewIndexMapping()
	im.ScoringModel = bleveindex.BM25Scoring
	im.DefaultAnalyzer = Analyzer
	im.StoreDynamic = false
	im.IndexDynamic = false
	im.DocValuesDynamic = false

	dm := bleve.NewDocumentStaticMapping()
	dm.AddFieldMappingsAt(FieldText, textField(true))
	dm.AddFieldMappingsAt(FieldTitle, textField(false))
	dm.AddFieldMappingsAt(FieldSection, textField(false))
	dm.AddFieldMappingsAt(FieldFormat, keywordField())
	dm.AddFieldMappingsAt(FieldDoc, keywordField())
	if !keepAllField {
		dm.AddSubDocumentMapping(allField, bleve.NewDocumentDisabledMapping())
	}
	im.DefaultMapping = dm
	return im
}

func textField(vectors bool) *mapping.FieldMapping {
	f := bleve.NewTextFieldMapping()
	f.Analyzer = Analyzer
	f.Store = false
	f.IncludeTermVectors = vectors
	f.IncludeInAll = false
	f.DocValues = false
	return f
}

func keywordField() *mapping.FieldMapping {
	f := bleve.NewKeywordFieldMapping()
	f.Analyzer = keyword.Name
	f.Store = false
	f.IncludeTermVectors = false
	f.IncludeInAll = false
	f.DocValues = false
	return f
}

// bleveDoc is what bleve indexes for a passage.
func bleveDoc(p corpus.Passage) map[string]interface{} {
	return map[string]interface{}{
		FieldText:    p.Text,
		FieldTitle:   titleField(p),
		FieldSection: p.Section,
		FieldFormat:  string(p.Format),
		FieldDoc:     p.DocID,
	}
}

// titleField is the title the title field indexes: TitleText of a file
// name ("dec.txt"), with its words when it is written in camel case
// ("NamesList.txt" as "NamesList Names List", english.SplitCamel: "the
// Unicode names list" names it), and any other title as written ("Python
// 3.12", "JavaScript").
func titleField(p corpus.Passage) string {
	if p.Title == path.Base(p.Path) || p.Title == p.Path {
		t := TitleText(p.Title)
		if words := english.SplitCamel(t); words != t {
			t += " " + words // "NameAliases.txt" as "NameAliases Name Aliases": the name as written, and the words "the Unicode name aliases" asks it by
		}
		return t
	}
	return p.Title
}

// TitleText turns a title into the words the title field indexes: a file
// name ("port-aubrin.txt") loses its extension and its separators. As
// written, "dec.txt" was one term ("." joins letters in a word) that no
// question meets, while "dec-wars.txt" gave "dec": the entry titled DEC
// ranked below the one titled DEC Wars for "What does DEC stand for?".
func TitleText(t string) string {
	t = strings.TrimSpace(t)
	if i := strings.LastIndexByte(t, '.'); i > 0 && len(t)-i <= 5 && !strings.ContainsRune(t[i:], ' ') {
		t = t[:i]
	}
	return titleSeparators.Replace(t)
}

// titleSeparators are the separators of words in a file name.
var titleSeparators = strings.NewReplacer("-", " ", "_", " ")
