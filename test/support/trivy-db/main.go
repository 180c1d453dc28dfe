// Command trivy-db-gen writes a bbolt file in the layout trivy reads as its vulnerability DB.
//
// It is generic on purpose: the advisories live in a JSON fixture of entries
// {"bucket": ["outer", "inner", ...], "key": "...", "value": <any JSON>}, and each value is
// stored as compact JSON under key inside the nested buckets, which are created as needed.
// Built offline from Debian's packaged sources:
//
//	GO111MODULE=off GOPATH=/usr/share/gocode go build -o trivy-db-gen .
//
// Usage: trivy-db-gen <fixture.json> <out/trivy.db>
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"

	bolt "go.etcd.io/bbolt"
)

type entry struct {
	Bucket []string        `json:"bucket"`
	Key    string          `json:"key"`
	Value  json.RawMessage `json:"value"`
}

type fixture struct {
	Description string  `json:"description"`
	Entries     []entry `json:"entries"`
}

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: trivy-db-gen <fixture.json> <out/trivy.db>")
		os.Exit(2)
	}
	if err := run(os.Args[1], os.Args[2]); err != nil {
		fmt.Fprintln(os.Stderr, "trivy-db-gen:", err)
		os.Exit(1)
	}
}

func run(fixturePath, dbPath string) error {
	raw, err := os.ReadFile(fixturePath)
	if err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	var fx fixture
	if err := dec.Decode(&fx); err != nil {
		return fmt.Errorf("%s: %w", fixturePath, err)
	}
	if len(fx.Entries) == 0 {
		return fmt.Errorf("%s: no entries", fixturePath)
	}
	// A stale file would keep buckets the fixture no longer lists.
	if err := os.Remove(dbPath); err != nil && !os.IsNotExist(err) {
		return err
	}
	db, err := bolt.Open(dbPath, 0o644, nil)
	if err != nil {
		return err
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for i, e := range fx.Entries {
			if len(e.Bucket) == 0 || e.Key == "" || len(e.Value) == 0 {
				return fmt.Errorf("entry %d: bucket, key and value are required", i)
			}
			b, err := tx.CreateBucketIfNotExists([]byte(e.Bucket[0]))
			if err != nil {
				return fmt.Errorf("entry %d: %w", i, err)
			}
			for _, name := range e.Bucket[1:] {
				if b, err = b.CreateBucketIfNotExists([]byte(name)); err != nil {
					return fmt.Errorf("entry %d: %w", i, err)
				}
			}
			var compact bytes.Buffer
			if err := json.Compact(&compact, e.Value); err != nil {
				return fmt.Errorf("entry %d: %w", i, err)
			}
			if err := b.Put([]byte(e.Key), compact.Bytes()); err != nil {
				return fmt.Errorf("entry %d: %w", i, err)
			}
		}
		return nil
	})
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	return err
}
