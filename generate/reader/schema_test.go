package reader

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// schemaDocs reads iso-codes' JSON Schema files (testdata/isocodes) as
// retrieved passages, one whole file each.
func schemaDocs(t *testing.T, names ...string) []doc {
	t.Helper()
	var out []doc
	for _, n := range names {
		b, err := os.ReadFile(filepath.Join("testdata", "isocodes", n))
		require.NoError(t, err)
		out = append(out, doc{"/usr/share/iso-codes/json/" + n, n, string(b)})
	}
	return out
}

// A JSON Schema states what it asks of its records in its own keywords:
// the fields "required", the "pattern" a property's value must match, the
// draft named by "$schema". A question about one schema, named by its
// standard's number ("the ISO 4217 schema"), is answered by that schema's
// keyword, though sibling schemas write the same keyword alike (the same
// "$schema" line in all four, "^[A-Z]{3}$" in two) and only the schema's
// title and description write the standard's number.
func TestSchemaStatesItsOwnConstraints(t *testing.T) {
	srcs := sources(schemaDocs(t, "schema-3166-1.json", "schema-15924.json", "schema-639-5.json", "schema-4217.json")...)
	r := New(nil)
	for _, tc := range []struct {
		q, want  string
		answered bool // else the best unit is asserted, the reader may decline
	}{
		{"Which fields are required for each entry in the ISO 4217 schema?", `"required": ["alpha_3", "name", "numeric"],`, true},
		{"Which JSON Schema draft does the ISO 15924 schema declare?", `"$schema": "http://json-schema.org/draft-04/schema#",`, true},
		{"Which JSON Schema draft does the ISO 3166-1 schema file in the ISO codes data declare?", `"$schema": "http://json-schema.org/draft-04/schema#",`, true},
		{"In the ISO 4217 schema, what pattern must the three letter code of the currency match?", `"pattern": "^[A-Z]{3}$"`, false},
		{"How does the ISO 4217 schema describe its content?", `"description": "ISO 4217 language family and groups codes",`, false},
	} {
		a := r.Read(tc.q, srcs)
		assert.Equal(t, tc.want, answerText(Answer{Pieces: a.Best}, srcs), r.Explain(tc.q, srcs, 4))
		if tc.answered {
			assert.False(t, a.Declined(), r.Explain(tc.q, srcs, 4))
		}
	}
}

// A constraint keyword answers only a question that asks for it ("Which
// schema has a flag property?" asks no draft: the "$schema" line does not
// answer it) and, where the question names a property, only in that
// property's object: "What pattern must numeric match in the ISO 15924
// schema?" is not answered by alpha_4's pattern when the passage of
// schema-15924.json that holds numeric's was not retrieved (a passage cut
// where the store cuts files; "numeric" is a property of the ISO 4217
// schema beside it).
func TestSchemaConstraintOfAnotherPropertyAnswersNot(t *testing.T) {
	docs := schemaDocs(t, "schema-15924.json", "schema-4217.json", "schema-3166-1.json")
	lines := strings.SplitAfter(docs[0].text, "\n")
	docs[0].text = strings.Join(lines[:17], "") // up to alpha_4's pattern
	srcs := sources(docs...)
	r := New(nil)
	for _, tc := range []struct{ q, not string }{
		{"What pattern must numeric match in the ISO 15924 schema?", `"pattern": "^[A-Z][a-z]{3}$"`},
		{"Which schema has a flag property?", `"$schema": "http://json-schema.org/draft-04/schema#",`},
	} {
		a := r.Read(tc.q, srcs)
		if !a.Declined() {
			assert.NotEqual(t, tc.not, answerText(Answer{Pieces: a.Best}, srcs), r.Explain(tc.q, srcs, 4))
		}
	}
}
