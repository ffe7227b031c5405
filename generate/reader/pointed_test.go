package reader

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A sentence that points at the thing of the class a question asks for
// ("When this variable is set, …" for "Which Mutt variable, when set,
// …?") says what the thing does, as the question does, and not which
// thing it is: no answer. One that names the thing before it
// ("HISTTIMEFORMAT  If this variable is set …") or names another of the
// class ("This struct is contained within the rev_info struct") answers.
// (The Mutt manual's manual.txt, bash.html's variables and Git's
// MyFirstObjectWalk.html, as Debian ships them.)
func TestPointingAtTheAskedClassNamesNothing(t *testing.T) {
	mutt := doc{"muttman/manual.txt", "The Mutt E-Mail Client", "When this variable is set, Mutt additionally saves the protected Subject back \nin the clear-text message headers. This provides better usability, but with the\ntradeoff of reduced security.\n"}
	bash := doc{"bashdoc/bash.html", "BASH", "HISTTIMEFORMAT\n\nIf this variable is set and not null, its value is used as a format string\nfor strftime(3) to print the time stamp associated with each history\nentry displayed by the history builtin.\n"}
	walk := doc{"gitdoc/MyFirstObjectWalk.html", "My First Object Walk", "struct rev_cmdline_info\n\nThe definition of struct rev_cmdline_info can be found in revision.h.\n\nThis struct is contained within the rev_info struct and is used to reflect\nparameters provided by the user over the CLI.\n"}
	tests := []struct {
		q    string
		d    doc
		want string // "" to decline
	}{
		{"Which Mutt variable, when set, saves the protected Subject back in the clear-text message headers?", mutt, ""},
		{"Which bash variable, if set and not null, is used as a format string for strftime(3) to print the time stamp of each history entry?", bash, "HISTTIMEFORMAT"},
		{"In the MyFirstObjectWalk tutorial, within which struct is struct rev_cmdline_info contained?", walk, "rev_info"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			a, text, why := answer(New(nil), tt.q, tt.d)
			if tt.want == "" {
				assert.Empty(t, a.Pieces, why)
				return
			}
			assert.Contains(t, text, tt.want, why)
		})
	}
}
