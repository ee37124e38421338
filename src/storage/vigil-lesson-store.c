/* vigil-lesson-store.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-lesson-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vigil-lesson-store.h"

/* Lessons are a trainer's own material, kept per profile. The store does not know the
 * catalog: which guideline ids exist is for the caller to check (VigilContext does). Lessons
 * record no history: they are not progress, and nothing about them needs undoing. */

struct _VigilLessonStore
{
  GObject        parent_instance;

  VigilDatabase *database;
};

G_DEFINE_BOXED_TYPE (VigilLesson, vigil_lesson, vigil_lesson_copy, vigil_lesson_free)
G_DEFINE_FINAL_TYPE (VigilLessonStore, vigil_lesson_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/**
 * vigil_lesson_copy:
 *
 * Returns: (transfer full): a deep copy of @lesson
 */
VigilLesson *
vigil_lesson_copy (const VigilLesson *lesson)
{
  VigilLesson *copy;

  g_return_val_if_fail (lesson != NULL, NULL);

  copy = g_new0 (VigilLesson, 1);
  copy->id = lesson->id;
  copy->name = g_strdup (lesson->name);
  copy->guideline_ids = g_strdupv (lesson->guideline_ids);

  return copy;
}

void
vigil_lesson_free (VigilLesson *lesson)
{
  if (lesson == NULL)
    return;

  g_free (lesson->name);
  g_strfreev (lesson->guideline_ids);
  g_free (lesson);
}

static void
vigil_lesson_store_dispose (GObject *object)
{
  VigilLessonStore *self = (VigilLessonStore *)object;

  g_clear_object (&self->database);

  G_OBJECT_CLASS (vigil_lesson_store_parent_class)->dispose (object);
}

static void
vigil_lesson_store_class_init (VigilLessonStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = vigil_lesson_store_dispose;

  /**
   * VigilLessonStore::changed:
   * @profile_id: the profile whose lessons were created, renamed, reordered or deleted
   */
  signals [CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
vigil_lesson_store_init (VigilLessonStore *self)
{
}

VigilLessonStore *
vigil_lesson_store_new (VigilDatabase *database)
{
  VigilLessonStore *self;

  g_return_val_if_fail (VIGIL_IS_DATABASE (database), NULL);

  self = g_object_new (VIGIL_TYPE_LESSON_STORE, NULL);
  self->database = g_object_ref (database);

  return self;
}

static gboolean
check_name (const char  *name,
            char       **trimmed,
            GError     **error)
{
  *trimmed = g_strstrip (g_strdup (name != NULL ? name : ""));

  if (**trimmed == '\0')
    {
      g_clear_pointer (trimmed, g_free);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("A lesson needs a name."));
      return FALSE;
    }

  return TRUE;
}

/* One slide per guideline: the same guideline twice would show the same slide twice. */
static gboolean
check_guideline_ids (const char * const  *guideline_ids,
                     GError             **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; guideline_ids != NULL && guideline_ids[i] != NULL; i++)
    {
      if (*guideline_ids[i] == '\0')
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                               "A guideline id is empty");
          return FALSE;
        }

      if (!g_hash_table_add (seen, (gpointer)guideline_ids[i]))
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                               _("A guideline can be in a lesson only once."));
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
write_guidelines (VigilLessonStore    *self,
                  gint64               lesson_id,
                  const char * const  *guideline_ids,
                  GError             **error)
{
  g_autoptr(sqlite3_stmt) clear = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;

  clear = vigil_database_prepare (self->database,
                                  "DELETE FROM lesson_guidelines WHERE lesson_id = ?1", error);
  if (clear == NULL)
    return FALSE;
  sqlite3_bind_int64 (clear, 1, lesson_id);
  if (!vigil_database_step_done (self->database, clear, error))
    return FALSE;

  insert = vigil_database_prepare (self->database,
                                   "INSERT INTO lesson_guidelines (lesson_id, position, "
                                   "guideline_id) VALUES (?1, ?2, ?3)", error);
  if (insert == NULL)
    return FALSE;

  for (guint i = 0; guideline_ids != NULL && guideline_ids[i] != NULL; i++)
    {
      sqlite3_reset (insert);
      sqlite3_bind_int64 (insert, 1, lesson_id);
      sqlite3_bind_int (insert, 2, i);
      sqlite3_bind_text (insert, 3, guideline_ids[i], -1, SQLITE_STATIC);
      if (!vigil_database_step_done (self->database, insert, error))
        return FALSE;
    }

  return TRUE;
}

/* Runs @sql (?1 the lesson, ?2 the profile, ?3 the time, ?4 @name) on one lesson of
 * @profile_id, then replaces its guidelines when @replace_guidelines, in one transaction.
 * A parameter @sql does not use is simply not bound (SQLITE_RANGE), so one binding fits all. */
static gboolean
change_lesson (VigilLessonStore    *self,
               const char          *sql,
               gint64               profile_id,
               gint64               lesson_id,
               const char          *name,
               gboolean             replace_guidelines,
               const char * const  *guideline_ids,
               GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!vigil_database_begin (self->database, error))
    return FALSE;

  stmt = vigil_database_prepare (self->database, sql, error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, lesson_id);
  sqlite3_bind_int64 (stmt, 2, profile_id);
  sqlite3_bind_int64 (stmt, 3, g_get_real_time ());
  if (name != NULL)
    sqlite3_bind_text (stmt, 4, name, -1, SQLITE_STATIC);

  if (!vigil_database_step_done (self->database, stmt, error))
    goto failed;

  if (sqlite3_changes (vigil_database_get_handle (self->database)) == 0)
    {
      vigil_database_rollback (self->database);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   "There is no lesson %" G_GINT64_FORMAT, lesson_id);
      return FALSE;
    }

  if (replace_guidelines && !write_guidelines (self, lesson_id, guideline_ids, error))
    goto failed;

  if (!vigil_database_commit (self->database, error))
    goto failed;

  g_signal_emit (self, signals [CHANGED], 0, profile_id);
  return TRUE;

failed:
  vigil_database_rollback (self->database);
  return FALSE;
}

/**
 * vigil_lesson_store_create:
 * @name: the lesson's name; surrounding blanks are dropped, and it must not be blank
 * @guideline_ids: (nullable) (array zero-terminated=1): the guidelines in order, each once
 *
 * Returns: the new lesson's id, or -1 with @error set
 */
gint64
vigil_lesson_store_create (VigilLessonStore    *self,
                           gint64               profile_id,
                           const char          *name,
                           const char * const  *guideline_ids,
                           GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *trimmed = NULL;
  gint64 now = g_get_real_time ();
  gint64 lesson_id;

  g_return_val_if_fail (VIGIL_IS_LESSON_STORE (self), -1);

  if (!check_name (name, &trimmed, error) || !check_guideline_ids (guideline_ids, error) ||
      !vigil_database_begin (self->database, error))
    return -1;

  stmt = vigil_database_prepare (self->database,
                                 "INSERT INTO lessons (profile_id, name, created_at, updated_at) "
                                 "VALUES (?1, ?2, ?3, ?3)", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, profile_id);
  sqlite3_bind_text (stmt, 2, trimmed, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, now);

  if (!vigil_database_step_done (self->database, stmt, error))
    goto failed;

  lesson_id = sqlite3_last_insert_rowid (vigil_database_get_handle (self->database));
  if (!write_guidelines (self, lesson_id, guideline_ids, error) ||
      !vigil_database_commit (self->database, error))
    goto failed;

  g_signal_emit (self, signals [CHANGED], 0, profile_id);
  return lesson_id;

failed:
  vigil_database_rollback (self->database);
  return -1;
}

gboolean
vigil_lesson_store_rename (VigilLessonStore  *self,
                           gint64             profile_id,
                           gint64             lesson_id,
                           const char        *name,
                           GError           **error)
{
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (VIGIL_IS_LESSON_STORE (self), FALSE);

  if (!check_name (name, &trimmed, error))
    return FALSE;

  return change_lesson (self,
                        "UPDATE lessons SET name = ?4, updated_at = ?3 "
                        "WHERE id = ?1 AND profile_id = ?2",
                        profile_id, lesson_id, trimmed, FALSE, NULL, error);
}

/**
 * vigil_lesson_store_set_guidelines:
 * @guideline_ids: (nullable) (array zero-terminated=1): the guidelines in order, each once
 *
 * Replaces the lesson's guidelines and their order, all at once or not at all.
 */
gboolean
vigil_lesson_store_set_guidelines (VigilLessonStore    *self,
                                   gint64               profile_id,
                                   gint64               lesson_id,
                                   const char * const  *guideline_ids,
                                   GError             **error)
{
  g_return_val_if_fail (VIGIL_IS_LESSON_STORE (self), FALSE);

  if (!check_guideline_ids (guideline_ids, error))
    return FALSE;

  return change_lesson (self,
                        "UPDATE lessons SET updated_at = ?3 WHERE id = ?1 AND profile_id = ?2",
                        profile_id, lesson_id, NULL, TRUE, guideline_ids, error);
}

/**
 * vigil_lesson_store_delete:
 *
 * Deletes the lesson and its list of guidelines; the guidance itself is untouched.
 */
gboolean
vigil_lesson_store_delete (VigilLessonStore  *self,
                           gint64             profile_id,
                           gint64             lesson_id,
                           GError           **error)
{
  g_return_val_if_fail (VIGIL_IS_LESSON_STORE (self), FALSE);

  /* The guidelines go with it, by ON DELETE CASCADE. */
  return change_lesson (self, "DELETE FROM lessons WHERE id = ?1 AND profile_id = ?2",
                        profile_id, lesson_id, NULL, FALSE, NULL, error);
}

/* Reads lessons with their guidelines in one query, rows ordered by lesson then position;
 * ?1 is the profile and ?2, when @sql uses it, the lesson. */
static GPtrArray *
read_lessons (VigilLessonStore  *self,
              const char        *sql,
              gint64             profile_id,
              gint64             lesson_id,
              GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) lessons = g_ptr_array_new_with_free_func ((GDestroyNotify)vigil_lesson_free);
  g_autoptr(GStrvBuilder) ids = NULL;
  VigilLesson *lesson = NULL;
  int rc;

  stmt = vigil_database_prepare (self->database, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, profile_id);
  sqlite3_bind_int64 (stmt, 2, lesson_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      if (lesson == NULL || lesson->id != id)
        {
          if (lesson != NULL)
            lesson->guideline_ids = g_strv_builder_end (ids);
          g_clear_pointer (&ids, g_strv_builder_unref);
          ids = g_strv_builder_new ();

          lesson = g_new0 (VigilLesson, 1);
          lesson->id = id;
          lesson->name = g_strdup ((const char *)sqlite3_column_text (stmt, 1));
          g_ptr_array_add (lessons, lesson);
        }

      if (sqlite3_column_type (stmt, 2) != SQLITE_NULL)
        g_strv_builder_add (ids, (const char *)sqlite3_column_text (stmt, 2));
    }

  if (lesson != NULL)
    lesson->guideline_ids = g_strv_builder_end (ids);

  if (rc != SQLITE_DONE)
    {
      vigil_database_set_error (self->database, error, "Could not read the lessons");
      return NULL;
    }

  return g_steal_pointer (&lessons);
}

static int
compare_by_name (gconstpointer a,
                 gconstpointer b)
{
  const VigilLesson *first = *(VigilLesson * const *)a;
  const VigilLesson *second = *(VigilLesson * const *)b;
  int order = g_utf8_collate (first->name, second->name);

  if (order != 0)
    return order;

  return (first->id > second->id) - (first->id < second->id);
}

/**
 * vigil_lesson_store_list:
 *
 * Returns: (transfer full) (element-type VigilLesson): the profile's lessons by name, in the
 *   current locale's order, or %NULL with @error set
 */
GPtrArray *
vigil_lesson_store_list (VigilLessonStore  *self,
                         gint64             profile_id,
                         GError           **error)
{
  GPtrArray *lessons;

  g_return_val_if_fail (VIGIL_IS_LESSON_STORE (self), NULL);

  lessons = read_lessons (self,
                          "SELECT l.id, l.name, g.guideline_id FROM lessons l "
                          "LEFT JOIN lesson_guidelines g ON g.lesson_id = l.id "
                          "WHERE l.profile_id = ?1 "
                          "ORDER BY l.id, g.position",
                          profile_id, 0, error);
  if (lessons != NULL)
    g_ptr_array_sort (lessons, compare_by_name);

  return lessons;
}

/**
 * vigil_lesson_store_lookup:
 *
 * Returns: (transfer full) (nullable): the lesson, or %NULL with @error set
 *   (%G_IO_ERROR_NOT_FOUND when @profile_id has no lesson @lesson_id)
 */
VigilLesson *
vigil_lesson_store_lookup (VigilLessonStore  *self,
                           gint64             profile_id,
                           gint64             lesson_id,
                           GError           **error)
{
  g_autoptr(GPtrArray) lessons = NULL;

  g_return_val_if_fail (VIGIL_IS_LESSON_STORE (self), NULL);

  lessons = read_lessons (self,
                          "SELECT l.id, l.name, g.guideline_id FROM lessons l "
                          "LEFT JOIN lesson_guidelines g ON g.lesson_id = l.id "
                          "WHERE l.profile_id = ?1 AND l.id = ?2 ORDER BY g.position",
                          profile_id, lesson_id, error);
  if (lessons == NULL)
    return NULL;

  if (lessons->len == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   "There is no lesson %" G_GINT64_FORMAT, lesson_id);
      return NULL;
    }

  return g_ptr_array_steal_index (lessons, 0);
}
