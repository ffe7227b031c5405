package reader

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A sentence that points at the thing of the class a question asks for
// ("When this variable is set, …" for "Which Mutt variable, when set,
// …?") says what the thing does, as the question does, and not which
// thing it is: no answer. One that names the thing before it
// ("HISTTIMEFORMAT  If this variable is set …", "PROMPT_COMMAND" on the line above, though written in the question's words) or names another of the
// class ("This struct is contained within the rev_info struct") answers.
// (The Mutt manual's manual.txt, bash.html's variables and Git's
// MyFirstObjectWalk.html, as Debian ships them.)
func TestPointingAtTheAskedClassNamesNothing(t *testing.T) {
	mutt := doc{"muttman/manual.txt", "The Mutt E-Mail Client", "When this variable is set, Mutt additionally saves the protected Subject back \nin the clear-text message headers. This provides better usability, but with the\ntradeoff of reduced security.\n"}
	bash := doc{"bashdoc/bash.html", "BASH", "HISTTIMEFORMAT\n\nIf this variable is set and not null, its value is used as a format string\nfor strftime(3) to print the time stamp associated with each history\nentry displayed by the history builtin.\n"}
	prompt := doc{"bashdoc/bash.html", "Man page of BASH", "When the shell enters posix mode, it sets this variable if it was not already set.\nPROMPT_COMMAND\nIf this variable is set, and is an array, the value of each set element is executed as a command prior to issuing each primary prompt. If this is set but not an array variable, its value is used as a command to execute instead.\nPROMPT_DIRTRIM\nIf set to a number greater than zero, the value is used as the number of trailing directory components to retain when expanding the \\w and \\W prompt string escapes (see PROMPTING below). Characters removed are replaced with an ellipsis.\n"}
	braille := doc{"muttman/manual.txt", "The Mutt E-Mail Client", "When this variable is set, mutt will place the cursor at the beginning of the\ncurrent line in menus, even when the $arrow_cursor variable is unset, making it\neasier for blind persons using Braille displays to follow these menus. The\noption is unset by default because many visual terminals don't permit making\nthe cursor invisible.\n"}
	walk := doc{"gitdoc/MyFirstObjectWalk.html", "My First Object Walk", "struct rev_cmdline_info\n\nThe definition of struct rev_cmdline_info can be found in revision.h.\n\nThis struct is contained within the rev_info struct and is used to reflect\nparameters provided by the user over the CLI.\n"}
	tests := []struct {
		q    string
		d    doc
		want string // "" to decline
	}{
		{"Which Mutt variable, when set, saves the protected Subject back in the clear-text message headers?", mutt, ""},
		{"Which bash variable, if set and not null, is used as a format string for strftime(3) to print the time stamp of each history entry?", bash, "HISTTIMEFORMAT"},
		{"Which variable is executed as a command prior to issuing each primary prompt?", prompt, "PROMPT_COMMAND"},
		{"In the MyFirstObjectWalk tutorial, within which struct is struct rev_cmdline_info contained?", walk, "rev_info"},
		{"Which struct is contained within the rev_info struct?", walk, ""},                                        // the struct it names is the question's own (found by review)
		{"Which variable makes mutt place the cursor at the beginning of the current line in menus?", braille, ""}, // $arrow_cursor is named, but not as what the question asks (found by review)
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

// A question asking what a thing is called, of the sentence that
// describes the thing, is answered with the next sentence too when that
// one, leaning on it, says what the thing is called ("These are known as
// "Release Goals" …"), though it holds none of the question's words.
// (The Debian FAQ's nextrelease.en.html, as Debian ships it.)
func TestTheNextSentenceSaysWhatItIsCalled(t *testing.T) {
	faq := doc{"debfaq/nextrelease.en.html", "Chapter\u00a015.\u00a0Changes expected in the next major release of Debian", "Chapter\u00a015.\u00a0Changes expected in the next major release of Debian\n\nWith each new release, the Debian project tries to focus on a set of topics. These are known as \"Release Goals\" and they are all described in https://wiki.debian.org/ReleaseGoals/. Please note that the following sections might not be fully up-to-date, please refer to the Wiki for more information and the up-to-date status of these goals."}
	_, text, why := answer(New(nil), "In the Debian FAQ, what name is given to the set of topics the Debian project tries to concentrate on for each new release?", faq)
	assert.Contains(t, text, "Release Goals", why)
}

// A manual's configuration variable is described under its heading after
// its fields ("3.58. crypt_autosign", "Type: boolean", "Default: no"),
// and the description calls it "this variable" where the question asks
// for a setting: the heading is the setting the description speaks of.
// (The Mutt manual's manual.txt, as Debian ships it.)
func TestAVariableDescribedUnderItsFields(t *testing.T) {
	mutt := doc{"muttman/manual.txt", "The Mutt E-Mail Client", "3.58. crypt_autosign\n\nType: boolean\nDefault: no\n\nSetting this variable will cause Mutt to always attempt to\ncryptographically sign outgoing messages. This can be overridden by use of the\npgp menu, when signing is not required or encryption is requested as well.\n"}
	got, why := best("Which setting makes Mutt always try to cryptographically sign outgoing mail?", mutt)
	assert.Equal(t, "crypt_autosign", got, why)
	r := New(nil)
	srcs := sources(mutt)
	q := analyze("Which setting makes Mutt always try to cryptographically sign outgoing mail?", r.idf)
	p := prepare(srcs[0], 0)
	assert.Equal(t, 4, p.referredAs(q, 1), "the description, past the fields, speaks of the heading's setting")
}
