package index

import (
	"strings"
	"unicode"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/porter"
	unicodetok "github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"
)

// Analyzer is the name of the analyzer of the text, title and section
// fields; retrieve analyses queries with the same one. It is bleve's "en"
// (possessives, lower case, English stop words, Porter stems) with one
// step more: a short word written in capitals that is also a stop word —
// an abbreviation or code such as "IT", "AS", "US", "ON", "TO" — is kept
// as "_it", "_as", …, so that it can be searched for, while the common
// words "it" and "as" still are not; and an acronym ("TPS") is indexed
// whole ("tps") besides its stem ("tp"), see acronymFilter. Before all
// of these, a word joined by colons ("KG:KGZ:Kyrgyzstan") is cut into its
// parts, see colonFilter.
const Analyzer = "verbatim_en"

// capsName is the name of the token filter that keeps capitalised stop
// words.
const capsName = "verbatim_caps"

func init() {
	if err := registry.RegisterTokenFilter(capsName, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return capsFilter{}, nil
	}); err != nil {
		panic(err)
	}
	if err := registry.RegisterTokenFilter(acronymName, func(_ map[string]interface{}, cache *registry.Cache) (analysis.TokenFilter, error) {
		stem, err := cache.TokenFilterNamed(porter.Name)
		if err != nil {
			return nil, err
		}
		return acronymFilter{stem: stem}, nil
	}); err != nil {
		panic(err)
	}
	if err := registry.RegisterTokenFilter(colonName, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return colonFilter{}, nil
	}); err != nil {
		panic(err)
	}
	if err := registry.RegisterAnalyzer(Analyzer, newAnalyzer); err != nil {
		panic(err)
	}
}

func newAnalyzer(_ map[string]interface{}, cache *registry.Cache) (analysis.Analyzer, error) {
	tok, err := cache.TokenizerNamed(unicodetok.Name)
	if err != nil {
		return nil, err
	}
	var filters []analysis.TokenFilter
	for _, name := range []string{colonName, en.PossessiveName, capsName, acronymName, lowercase.Name, en.StopName, porter.Name} {
		f, err := cache.TokenFilterNamed(name)
		if err != nil {
			return nil, err
		}
		filters = append(filters, f)
	}
	return &analysis.DefaultAnalyzer{Tokenizer: tok, TokenFilters: filters}, nil
}

// capsFilter marks short capitalised stop words (see Analyzer).
type capsFilter struct{}

func (capsFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, t := range in {
		if CapsTerm(string(t.Term)) {
			t.Term = []byte("_" + strings.ToLower(string(t.Term)))
		}
	}
	return in
}

// CapsTerm reports whether a word is a short abbreviation written in
// capitals that is also an English stop word ("IT", "AS"): the analyzer
// indexes it as "_" + its lower case.
func CapsTerm(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	_, stop := stopWords[strings.ToLower(w)]
	return stop
}

// stopWords are the words bleve's "stop_en" filter removes.
var stopWords = func() analysis.TokenMap {
	m := analysis.NewTokenMap()
	if err := m.LoadBytes(en.EnglishStopWords); err != nil {
		panic(err)
	}
	return m
}()
