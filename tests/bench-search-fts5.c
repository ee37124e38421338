/* bench-search-fts5.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The other side of bench-search: the same documents and queries in an SQLite FTS5 table,
 * so the choice between FTS5 and the in-memory index is made on numbers (issue 7). Times
 * the build (median of 20) in memory and in a file, with and without prefix indexes, and
 * the queries (median, p99, max). With VIGIL_BENCH_COMPARE=1 it also prints, per query, the
 * top five of both engines, and how each folds a few words the catalog's languages need.
 * Exits 77 when this SQLite has no FTS5. Run with `meson test --benchmark`. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>
#include <stdlib.h>

#include "bench-search-data.h"
#include "vigil-context.h"
#include "vigil-test-utils.h"

#define BUILDS 20
#define REPEATS 40
#define LIMIT 20

/* Ranked like the in-memory index: title 3, summary 2, body 1; bm25() is lower for
 * better matches, so the bonus is taken off. */
#define SELECT_SQL(fourth) \
  "SELECT kind, target_id, title, " fourth ", bm25(docs, 3.0, 2.0, 1.0) - bonus AS score" \
  " FROM docs WHERE docs MATCH ?1 ORDER BY score LIMIT ?2"
#define SNIPPET "snippet(docs, -1, '<b>', '</b>', '…', 12)"
#define INSERT_SQL \
  "INSERT INTO docs (title, summary, body, kind, target_id, bonus) VALUES (?, ?, ?, ?, ?, ?)"

typedef struct
{
  const char *name;
  gboolean    in_file;
  gboolean    prefix;
  gboolean    two_step;
} Setup;

/* SQLite computes every result column before sorting, so a snippet in the ranking query
 * is made for every match, not only the LIMIT kept: two_step makes them afterwards. */
static const Setup setups[] = {
  { "memory, prefix='1 2 3'", FALSE, TRUE, FALSE },
  { "memory, no prefix", FALSE, FALSE, FALSE },
  { "file, prefix='1 2 3'", TRUE, TRUE, FALSE },
  { "file, no prefix", TRUE, FALSE, FALSE },
  { "memory, prefix='1 2 3', snippets of the top only", FALSE, TRUE, TRUE },
  { "memory, no prefix, snippets of the top only", FALSE, FALSE, TRUE },
};

typedef struct
{
  sqlite3_stmt *select;
  sqlite3_stmt *snippet;  /* NULL when the select makes the snippets */
} Searcher;

static void
exec_or_die (sqlite3    *db,
             const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static void
bind_text_or_null (sqlite3_stmt *stmt,
                   int           column,
                   const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, column, text, -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (stmt, column);
}

static void
insert (sqlite3_stmt              *stmt,
        const VigilSearchDocument *document)
{
  bind_text_or_null (stmt, 1, document->title);
  bind_text_or_null (stmt, 2, document->summary);
  bind_text_or_null (stmt, 3, document->body);
  sqlite3_bind_int (stmt, 4, document->kind);
  bind_text_or_null (stmt, 5, document->target_id);
  sqlite3_bind_double (stmt, 6, document->bonus);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    g_error ("Could not insert: %s", sqlite3_errmsg (sqlite3_db_handle (stmt)));
  sqlite3_reset (stmt);
}

static void
insert_cb (const VigilSearchDocument *document,
           gpointer                   user_data)
{
  insert (user_data, document);
}

static void
remove_database (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_remove (file);
    }
}

static sqlite3_stmt *
prepare (sqlite3    *db,
         const char *sql)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("Could not prepare %s: %s", sql, sqlite3_errmsg (db));
  return stmt;
}

static void
create_table (sqlite3  *db,
              gboolean  prefix)
{
  g_autofree char *create = NULL;

  create = g_strdup_printf ("CREATE VIRTUAL TABLE docs USING fts5(title, summary, body,"
                            " kind UNINDEXED, target_id UNINDEXED, bonus UNINDEXED,"
                            " tokenize = 'unicode61 remove_diacritics 2'%s)",
                            prefix ? ", prefix = '1 2 3'" : "");
  exec_or_die (db, create);
}

/* A fresh table of everything search looks through plus the notes, as the app would build
 * it: from scratch, since a persisted one is stale whenever the language changes. A file
 * is opened as the app opens its own database (WAL, synchronous FULL). */
static sqlite3 *
build (VigilContext *context,
       const char   *path,
       const Setup  *setup)
{
  sqlite3_stmt *stmt;
  sqlite3 *db = NULL;

  if (setup->in_file)
    remove_database (path);
  if (sqlite3_open_v2 (setup->in_file ? path : ":memory:", &db,
                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK)
    g_error ("Could not open %s: %s", path, sqlite3_errmsg (db));
  if (setup->in_file)
    exec_or_die (db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");

  create_table (db, setup->prefix);

  exec_or_die (db, "BEGIN");
  stmt = prepare (db, INSERT_SQL);

  vigil_context_foreach_search_document (context, insert_cb, stmt);
  for (guint i = 0; i < VIGIL_BENCH_SEARCH_N_NOTES; i++)
    {
      g_autofree char *note = vigil_bench_search_note (i);
      VigilSearchDocument document = {
        VIGIL_SEARCH_NOTE, NULL, VIGIL_BENCH_SEARCH_NOTE_TARGET, VIGIL_BENCH_SEARCH_NOTE_TITLE,
        note, NULL, 0
      };

      insert (stmt, &document);
    }

  sqlite3_finalize (stmt);
  exec_or_die (db, "COMMIT");
  return db;
}

/* Every word of @query as a prefix, all required: what the in-memory index does. Words are
 * split where unicode61 splits them; quoting keeps FTS5 syntax (AND, NEAR, ^, -) literal. */
static char *
make_match (const char *query)
{
  GString *match = g_string_new (NULL);
  gboolean in_word = FALSE;

  for (const char *p = query; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean word_char = g_unichar_isalnum (c) || g_unichar_ismark (c);

      if (word_char && !in_word)
        g_string_append (match, match->len > 0 ? " \"" : "\"");
      else if (!word_char && in_word)
        g_string_append (match, "\"*");
      if (word_char)
        g_string_append_unichar (match, c);
      in_word = word_char;
    }
  if (in_word)
    g_string_append (match, "\"*");

  if (match->len == 0)
    {
      g_string_free (match, TRUE);
      return NULL;
    }
  return g_string_free (match, FALSE);
}

static char *
make_snippet (sqlite3_stmt *stmt,
              const char   *match,
              sqlite3_int64 rowid)
{
  char *snippet = NULL;

  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, rowid);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    snippet = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return snippet;
}

/* The best @limit matches, copied out as a caller would keep them. */
static GPtrArray *
query_fts5 (Searcher   *searcher,
            const char *query,
            guint       limit)
{
  GPtrArray *results = g_ptr_array_new_with_free_func ((GDestroyNotify) vigil_search_result_free);
  g_autofree char *match = make_match (query);
  g_autoptr(GArray) rowids = g_array_new (FALSE, FALSE, sizeof (sqlite3_int64));
  sqlite3_stmt *stmt = searcher->select;
  int rc;

  if (match == NULL)
    return results;

  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, limit);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      VigilSearchResult *result = g_new0 (VigilSearchResult, 1);

      result->kind = sqlite3_column_int (stmt, 0);
      result->target_id = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      result->title = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      if (searcher->snippet != NULL)
        {
          sqlite3_int64 rowid = sqlite3_column_int64 (stmt, 3);

          g_array_append_val (rowids, rowid);
        }
      else
        result->snippet = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      result->score = sqlite3_column_double (stmt, 4);
      g_ptr_array_add (results, result);
    }
  if (rc != SQLITE_DONE)
    g_error ("Query %s failed: %s", match, sqlite3_errmsg (sqlite3_db_handle (stmt)));
  sqlite3_reset (stmt);

  for (guint i = 0; i < rowids->len; i++)
    {
      VigilSearchResult *result = g_ptr_array_index (results, i);

      result->snippet = make_snippet (searcher->snippet, match,
                                      g_array_index (rowids, sqlite3_int64, i));
    }

  return results;
}

static void
searcher_init (Searcher *searcher,
               sqlite3  *db,
               gboolean  two_step)
{
  searcher->select = prepare (db, two_step ? SELECT_SQL ("rowid") : SELECT_SQL (SNIPPET));
  searcher->snippet = two_step ? prepare (db, "SELECT " SNIPPET " FROM docs"
                                              " WHERE docs MATCH ?1 AND rowid = ?2")
                               : NULL;
}

static void
searcher_clear (Searcher *searcher)
{
  sqlite3_finalize (searcher->select);
  sqlite3_finalize (searcher->snippet);
}

static guint
count_documents (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  guint n;

  if (sqlite3_prepare_v2 (db, "SELECT count(*) FROM docs", -1, &stmt, NULL) != SQLITE_OK
      || sqlite3_step (stmt) != SQLITE_ROW)
    g_error ("Could not count: %s", sqlite3_errmsg (db));
  n = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

static void
bench_setup (VigilContext *context,
             const char   *path,
             const Setup  *setup)
{
  const char * const *queries;
  g_autofree double *times = NULL;
  double builds[BUILDS];
  Searcher searcher;
  sqlite3 *db = NULL;
  guint n_queries;
  guint n = 0;

  queries = vigil_bench_search_queries (&n_queries);

  for (guint i = 0; i < BUILDS; i++)
    {
      gint64 start = g_get_monotonic_time ();

      sqlite3_close (db);
      db = build (context, path, setup);
      builds[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  qsort (builds, BUILDS, sizeof (double), vigil_test_compare_doubles);

  searcher_init (&searcher, db, setup->two_step);
  times = g_new (double, n_queries * REPEATS);
  for (guint r = 0; r < REPEATS; r++)
    for (guint q = 0; q < n_queries; q++)
      {
        gint64 start = g_get_monotonic_time ();
        G_GNUC_UNUSED g_autoptr(GPtrArray) results = query_fts5 (&searcher, queries[q], LIMIT);

        times[n++] = (g_get_monotonic_time () - start) / 1000.0;
      }
  qsort (times, n, sizeof (double), vigil_test_compare_doubles);

  g_print ("language %s: %u documents; FTS5 %s: build median %.2f ms (min %.2f); "
           "query median %.3f ms, p99 %.3f ms, max %.3f ms over %u queries\n",
           g_get_language_names ()[0], count_documents (db), setup->name,
           builds[BUILDS / 2], builds[0], times[n / 2], times[n * 99 / 100], times[n - 1], n);

  searcher_clear (&searcher);
  sqlite3_close (db);
}

/* The in-memory index over exactly what the FTS5 builds hold: bench-search times its
 * build without the notes. */
static VigilSearchIndex *
build_index (VigilContext *context)
{
  VigilSearchIndex *index = vigil_context_build_search_index (context);

  for (guint i = 0; i < VIGIL_BENCH_SEARCH_N_NOTES; i++)
    {
      g_autofree char *note = vigil_bench_search_note (i);

      vigil_search_index_add (index, VIGIL_SEARCH_NOTE, VIGIL_BENCH_SEARCH_NOTE_TARGET,
                              VIGIL_BENCH_SEARCH_NOTE_TITLE, note, NULL, 0);
    }
  return index;
}

static void
bench_index_build (VigilContext *context)
{
  double builds[BUILDS];

  for (guint i = 0; i < BUILDS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      G_GNUC_UNUSED g_autoptr(VigilSearchIndex) index = build_index (context);

      builds[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  qsort (builds, BUILDS, sizeof (double), vigil_test_compare_doubles);

  g_print ("language %s: in-memory index with the notes: build median %.2f ms (min %.2f)\n",
           g_get_language_names ()[0], builds[BUILDS / 2], builds[0]);
}

static void
print_top (const char *engine,
           GPtrArray  *results,
           double      median)
{
  g_print ("  %-6s %4u matches, %.3f ms:", engine, results->len, median);
  for (guint i = 0; i < MIN (results->len, 5); i++)
    {
      VigilSearchResult *result = g_ptr_array_index (results, i);

      g_print (" %s", result->target_id);
    }
  g_print ("\n");
}

/* Median time of @query with the limit the app uses, on one engine or the other. */
static double
time_query (Searcher         *searcher,
            VigilSearchIndex *index,
            const char       *query)
{
  double times[REPEATS];

  for (guint r = 0; r < REPEATS; r++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GPtrArray) results = NULL;

      results = searcher != NULL ? query_fts5 (searcher, query, LIMIT)
                                 : vigil_search_index_query (index, query, LIMIT);
      times[r] = (g_get_monotonic_time () - start) / 1000.0;
    }
  qsort (times, REPEATS, sizeof (double), vigil_test_compare_doubles);
  return times[REPEATS / 2];
}

/* Both engines, query by query: how many documents match, the median time, and the top
 * five targets. VIGIL_BENCH_QUERIES adds queries, separated by commas. */
static void
compare_queries (VigilContext *context,
                 const char   *path,
                 const char   *extra)
{
  static const Setup setup = { "memory", FALSE, TRUE, TRUE };
  g_autoptr(VigilSearchIndex) index = build_index (context);
  g_auto(GStrv) extras = g_strsplit (extra != NULL ? extra : "", ",", -1);
  const char * const *queries;
  sqlite3 *db = build (context, path, &setup);
  Searcher searcher;
  guint n_queries;

  searcher_init (&searcher, db, setup.two_step);
  queries = vigil_bench_search_queries (&n_queries);
  for (guint q = 0; q < n_queries + g_strv_length (extras); q++)
    {
      const char *query = q < n_queries ? queries[q] : extras[q - n_queries];
      g_autoptr(GPtrArray) all_fts5 = query_fts5 (&searcher, query, G_MAXINT);
      g_autoptr(GPtrArray) all_index = vigil_search_index_query (index, query, G_MAXUINT);

      g_print ("%s query \"%s\"\n", g_get_language_names ()[0], query);
      print_top ("fts5", all_fts5, time_query (&searcher, NULL, query));
      print_top ("index", all_index, time_query (NULL, index, query));
    }

  searcher_clear (&searcher);
  sqlite3_close (db);
}

/* Words the catalog's languages need folded, each against both engines: which of the
 * documents below each query finds. */
static void
compare_folding (void)
{
  static const char * const texts[] = {
    "Straße", "Maßnahmen", "Teléfono", "İstanbul", "DIŞ", "œuvre", "ﬁle", "naïve",
    "l'ordinateur", "e-mail", "Wi-Fi", "Ελλάδα", "2FA", "cañón",
    "Fussball",
  };
  static const char * const probes[] = {
    "strasse", "straße", "STRASSE", "massnahmen", "maß", "telefono", "TELÉFONO", "istanbul",
    "dis", "dış", "oeuvre", "file", "naive", "ordinateur", "l'ord", "email", "e-mail",
    "wifi", "wi-fi", "ελλαδα", "2fa", "canon",
    "fußball",
  };
  g_autoptr(VigilSearchIndex) index = vigil_search_index_new ();
  sqlite3_stmt *insert_stmt;
  Searcher searcher;
  sqlite3 *db = NULL;

  sqlite3_open (":memory:", &db);
  create_table (db, TRUE);
  insert_stmt = prepare (db, INSERT_SQL);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      VigilSearchDocument document = { VIGIL_SEARCH_ENTRY, NULL, texts[i], texts[i], NULL, NULL, 0 };

      insert (insert_stmt, &document);
      vigil_search_index_add_document (index, &document);
    }
  sqlite3_finalize (insert_stmt);

  searcher_init (&searcher, db, FALSE);
  g_print ("folding (%s): query → fts5 | index\n", setlocale (LC_CTYPE, NULL));
  for (guint p = 0; p < G_N_ELEMENTS (probes); p++)
    {
      g_autoptr(GPtrArray) fts5 = query_fts5 (&searcher, probes[p], G_MAXINT);
      g_autoptr(GPtrArray) found = vigil_search_index_query (index, probes[p], G_MAXUINT);
      g_autoptr(GString) line = g_string_new (NULL);

      g_string_append_printf (line, "  %s →", probes[p]);
      for (guint i = 0; i < fts5->len; i++)
        g_string_append_printf (line, " %s", ((VigilSearchResult *) fts5->pdata[i])->target_id);
      g_string_append (line, " |");
      for (guint i = 0; i < found->len; i++)
        g_string_append_printf (line, " %s", ((VigilSearchResult *) found->pdata[i])->target_id);
      g_print ("%s\n", line->str);
    }

  searcher_clear (&searcher);
  sqlite3_close (db);
}

/* The compile option is the documented test, but a build can leave out the option list:
 * creating a table is what counts. Returns why not, or NULL. */
static char *
check_fts5 (void)
{
  sqlite3 *db = NULL;
  char *message = NULL;
  char *why = NULL;

  sqlite3_open (":memory:", &db);
  if (sqlite3_exec (db, "CREATE VIRTUAL TABLE t USING fts5(x)", NULL, NULL, &message)
      != SQLITE_OK)
    why = g_strdup_printf ("SQLite %s (ENABLE_FTS5 %s): %s", sqlite3_libversion (),
                           sqlite3_compileoption_used ("ENABLE_FTS5") ? "set" : "not set",
                           message);
  sqlite3_free (message);
  sqlite3_close (db);
  return why;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = vigil_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "fts5.db", NULL);
  g_autoptr(VigilContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *why = NULL;

  setlocale (LC_ALL, "");
  if (g_getenv ("VIGIL_BENCH_LOCALEDIR") != NULL)
    bindtextdomain (GETTEXT_PACKAGE, g_getenv ("VIGIL_BENCH_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  why = check_fts5 ();
  if (why != NULL)
    {
      g_print ("Skipped, no FTS5 in %s\n", why);
      vigil_test_rm_rf (dir);
      return 77;
    }
  g_print ("SQLite %s, ENABLE_FTS5 %s\n", sqlite3_libversion (),
           sqlite3_compileoption_used ("ENABLE_FTS5") ? "set" : "not listed");

  context = vigil_context_new (dir, &error);
  g_assert_no_error (error);

  bench_index_build (context);
  for (guint i = 0; i < G_N_ELEMENTS (setups); i++)
    bench_setup (context, path, &setups[i]);

  if (g_strcmp0 (g_getenv ("VIGIL_BENCH_COMPARE"), "1") == 0)
    {
      compare_queries (context, path, g_getenv ("VIGIL_BENCH_QUERIES"));
      compare_folding ();
    }

  g_clear_object (&context);
  vigil_test_rm_rf (dir);
  return 0;
}
