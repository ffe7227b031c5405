package ingest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// ledgerStore is a fakeStore that records an ingest's bookkeeping.
type ledgerStore struct {
	*fakeStore
	calls              []string
	owed               bool
	changed, unchanged int
}

func (s *ledgerStore) BeginIngest() (bool, error) {
	s.calls = append(s.calls, "begin")
	return s.owed, nil
}

func (s *ledgerStore) HoldMerges() (bool, error) {
	s.calls = append(s.calls, "hold")
	return true, nil
}

func (s *ledgerStore) ReleaseMerges() { s.calls = append(s.calls, "release") }

func (s *ledgerStore) EndIngest(_ context.Context, owed bool, changed, unchanged int) error {
	s.calls = append(s.calls, "end")
	s.owed, s.changed, s.unchanged = owed, changed, unchanged
	return nil
}

var _ Ledger = (*ledgerStore)(nil)

func TestRunLedgered(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a.txt", "b.txt"} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, n), []byte("Velmora was founded in 1412.\n"), 0o644))
	}
	tests := []struct {
		name      string
		dryRun    bool
		putErr    error
		owed      bool
		wantCalls []string
		wantErr   bool
	}{
		{name: "fresh", wantCalls: []string{"begin", "hold", "stored", "end"}},
		{name: "owed merge passed on", owed: true, wantCalls: []string{"begin", "hold", "stored", "end"}},
		{name: "dry run writes no note", dryRun: true, wantCalls: []string{"stored"}},
		{name: "failed run releases the hold, leaves the note", putErr: errors.New("disk full"), wantCalls: []string{"begin", "hold", "release"}, wantErr: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := &ledgerStore{fakeStore: newFakeStore(), owed: tc.owed}
			st.putErr = tc.putErr
			rep, err := RunLedgered(context.Background(), st, []string{dir}, DefaultConfig(), Options{DryRun: tc.dryRun}, func(Report) {
				st.calls = append(st.calls, "stored") // the report is handed over before the merge
			})
			assert.Equal(t, tc.wantCalls, st.calls)
			if tc.wantErr {
				require.Error(t, err)
				return
			}
			require.NoError(t, err)
			if !tc.dryRun {
				assert.Equal(t, tc.owed, st.owed, "EndIngest is told whether a merge was owed")
				assert.Equal(t, len(rep.Added), st.changed)
				assert.Equal(t, 2, st.changed)
			}
		})
	}
}
