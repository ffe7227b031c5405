package reader

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A question may open by naming the collection it asks of ("In VERA,
// …", as one says "In the Jargon File, …"), a name the collection's
// entries do not write: VERA's entries are an acronym and its expansion,
// and only VERA's own entry writes "VERA". The name says where to look;
// an entry that does not write it is not the less of it. A name of the
// same phrase that the entries about the subject write ("In GPIB, …" over
// "SRQ  Service ReQuest (GPIB)") tells their senses apart, and counts;
// so does one that names no folder the documents are kept in ("In IBM,
// …"): a context they may not hold.
// Entries of GNU VERA 1.24 (dict-vera), byte for byte.
func TestSceneOfTheCollectionIsNoRelation(t *testing.T) {
	vera := doc{"vera/vera.txt", "vera.txt", "VERA\n       Just playing around, huh?\n"}
	ttg := doc{"vera/ttg.txt", "ttg.txt", "TTG\n       Transmit Time Gap\n"}
	cfi := doc{"vera/cfi.txt", "cfi.txt", "CFI\n       CAD Framework Initiative (org., CAD)\n"}
	srq := doc{"vera/srq.txt", "srq.txt", "SRQ\n       Service ReQuest (GPIB)\n\nSRQ\n       Store Reorder Queue (Power4, IBM, CPU)\n"}
	gpib := doc{"vera/gpib.txt", "gpib.txt", "GPIB\n       General Purpose Interface Bus (IEEE 488)\n"}
	msn := doc{"vera/msn.txt", "msn.txt", "MSN\n       Microsoft Support Network (Internet, MS)\n\nMSN\n       Monitoring cell Sequence Number (UNI, ATM)\n\nMSN\n       Multiple Subscriber Number (Euro-, ISDN)\n"}
	for _, tc := range []struct {
		q    string
		docs []doc
		want string
	}{
		{"In VERA, what does TTG stand for?", []doc{ttg, vera, cfi}, "Transmit Time Gap"},
		{"In VERA, what does CFI stand for?", []doc{vera, cfi, ttg}, "CAD Framework Initiative (org., CAD)"},
		{"In GPIB, what does SRQ stand for?", []doc{srq, gpib, vera}, "Service ReQuest (GPIB)"},
		// A scene that names no folder of the documents is a context
		// they may lack: no sense of MSN is IBM's.
		{"In IBM, what does MSN stand for?", []doc{msn, vera}, ""},
	} {
		a, text, why := answer(New(nil), tc.q, tc.docs...)
		if tc.want == "" {
			assert.True(t, a.Declined(), why)
			continue
		}
		assert.Contains(t, text, tc.want, why)
	}
}
