-- Vigil schema version 3: lessons, the ordered sets of guidelines a trainer presents.

CREATE TABLE lessons (
  id          INTEGER PRIMARY KEY,
  profile_id  INTEGER NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
  name        TEXT    NOT NULL CHECK (length (trim (name)) > 0),
  created_at  INTEGER NOT NULL,  -- microseconds since the Unix epoch, UTC
  updated_at  INTEGER NOT NULL   -- the last rename or change of guidelines
);
CREATE INDEX lessons_by_profile ON lessons (profile_id);

-- A lesson's guidelines in the order they are shown; each at most once.
CREATE TABLE lesson_guidelines (
  lesson_id     INTEGER NOT NULL REFERENCES lessons (id) ON DELETE CASCADE,
  position      INTEGER NOT NULL CHECK (position >= 0),
  guideline_id  TEXT    NOT NULL,  -- catalog id; never reused, so rows stay meaningful
  PRIMARY KEY (lesson_id, position),
  UNIQUE (lesson_id, guideline_id)
) WITHOUT ROWID;
