package lossy

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fieldBlocks are field blocks in the style of miscfiles' cities.dat: one
// field a line, blocks parted by "//".
const fieldBlocks = "ID          : 1\nType        : City\nPopulation  : 210700\nSize        : \nName        : Aberdeen\n Country    : UK\n Region     : Scotland\n Longitude  : -2.083\n Latitude   :   57.150\n//\n" +
	"ID          : 2\nType        : City\nPopulation  : 3102846\nName        : Madrid\n Country    : ES\n Longitude  : -3.683\n Latitude   :   40.400\n//\n" +
	"ID          : 3\nType        : City\nPopulation  : 1539848\nName        : Wien\n Country    : AT\n Longitude  : 16.417\n Latitude   :   48.233\n//\n"

func TestBlockView(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // lines the view must hold
		not        []string // words no line may hold
	}{
		{"each field with the block's name", fieldBlocks,
			[]string{"Aberdeen; population 210700", "Aberdeen; region Scotland", "Madrid; population 3102846", "Wien; longitude 16.417", "Wien; id 3"},
			[]string{"size", "name ", "type City"}},
		{"blank lines part blocks; the first field names a block without a name field",
			"Package: hello\nVersion: 2.10\nSection: devel\n\nPackage: bash\nVersion: 5.2\nSection: shells\n",
			[]string{"bash; version 5.2", "bash; section shells"}, nil},
		{"a block cut by the passage's start has no first field to name it",
			"Version: 2.10\nSection: devel\nPriority: optional\n", nil, []string{"2.10"}},
		{"two fields are no block", "Name: Bonn\nCountry: DE\n//\n", nil, []string{"Bonn"}},
		{"a line that is no field ends the block", "Name: Bonn\nCountry: DE\nsee http://example.org\nRegion: NRW\n//\n", nil, []string{"Bonn"}},
		{"a colon inside a word or an address is no field", "http://a.org\nNote:x\nName: Bonn\nTime: 10:20\nA: b\n//\n", []string{"Bonn; time 10:20", "Bonn; a b"}, []string{"note"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			writeBlockView(&b, tt.text)
			assertViewLines(t, b.String(), tt.want, tt.not)
		})
	}
}

func TestBareRecallsBlockFields(t *testing.T) {
	m, err := Train(context.Background(), TextSource(fieldBlocks), Config{Budget: "1MiB"})
	require.NoError(t, err)
	g := New(m, Config{})
	assertBareAnswers(t, g, [][2]string{
		{"What population does the city database give for Madrid?", "3102846"},
		{"What longitude is recorded for Wien?", "16.417"},
		{"In which region is Aberdeen?", "Scotland"},
	}, false)
}

func FuzzBlockView(f *testing.F) {
	f.Add(fieldBlocks)
	f.Add("Package: hello\r\nVersion: 2.10\r\nSection: devel\r\n\r\n")
	f.Add("Name:\nA: b\nB: c\n%%\n")
	f.Fuzz(func(t *testing.T, text string) {
		var b strings.Builder
		writeBlockView(&b, text)
		view := strings.TrimSuffix(b.String(), "\n")
		if view == "" {
			return
		}
		for _, line := range strings.Split(view, "\n") {
			name, field, ok := strings.Cut(line, "; ")
			require.True(t, ok, "line %q states a name first", line)
			assert.Contains(t, text, name)
			assert.NotEmpty(t, field)
		}
	})
}
