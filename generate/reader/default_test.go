package reader

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestADefaultFieldGivesTheValue: Mutt's reference writes each variable's
// default as a "Default:" line under its numbered heading; for "What is
// the default value of …?" that line's value is the answer, as a sentence
// that states a default is ("Default is true."), not a value half fitting
// the question (in the whole manual it was declined at 0.83, beside
// sidebar_visible's table row).
func TestADefaultFieldGivesTheValue(t *testing.T) {
	mutt := doc{"muttman/manual.txt", "The Mutt E-Mail Client", "3.317. sidebar_visible\n\nType: boolean\nDefault: no\n\nThis specifies whether or not to show sidebar. The sidebar shows a list of all\nyour mailboxes.\n\nSee also: $sidebar_format, $sidebar_width\n\n3.318. sidebar_width\n\nType: number\nDefault: 30\n\nThis controls the width of the sidebar. It is measured in screen columns. For\nexample: sidebar_width=20 could display 20 ASCII characters, or 10 Chinese\ncharacters.\n\n3.319. sig_dashes\n\n"}
	a, text, why := answer(New(nil), "What is the default value of Mutt's sidebar_width variable?", mutt)
	require.False(t, a.Declined(), why)
	assert.Contains(t, text, "30", why)
	assert.NotContains(t, text, "no", why)
	fits := unitFits("What is the default value of Mutt's sidebar_width variable?", mutt)
	assert.GreaterOrEqual(t, fits["Default:\u00a030"], 0.9, "the line gives the value asked: %v", fits)
}
