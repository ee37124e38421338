/* test-search.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "vigil-context.h"
#include "vigil-test-utils.h"

static VigilSearchResult *
result_at (GPtrArray *results,
           guint      i)
{
  g_assert_cmpuint (results->len, >, i);
  return g_ptr_array_index (results, i);
}

static gboolean
has_target (GPtrArray       *results,
            VigilSearchKind  kind,
            const char      *target_id)
{
  for (guint i = 0; i < results->len; i++)
    {
      VigilSearchResult *result = g_ptr_array_index (results, i);

      if (result->kind == kind && g_strcmp0 (result->target_id, target_id) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
test_folding_prefix_and_ranking (void)
{
  g_autoptr(VigilSearchIndex) index = vigil_search_index_new ();
  g_autoptr(GPtrArray) results = NULL;

  vigil_search_index_add (index, VIGIL_SEARCH_ENTRY, "a", "Teléfono seguro", NULL, NULL, 0);
  vigil_search_index_add (index, VIGIL_SEARCH_ENTRY, "b", "Backups", "Keep a phone backup",
                          NULL, 0);
  vigil_search_index_add (index, VIGIL_SEARCH_ENTRY, "c", "Routers", NULL,
                          "Your PHONE & <router> & backups", 0);

  /* Case and accents fold both ways. */
  results = vigil_search_index_query (index, "TELEFONO", 10);
  g_assert_cmpuint (results->len, ==, 1);
  g_assert_cmpstr (result_at (results, 0)->target_id, ==, "a");
  g_clear_pointer (&results, g_ptr_array_unref);
  results = vigil_search_index_query (index, "teléf", 10);
  g_assert_cmpuint (results->len, ==, 1);
  g_clear_pointer (&results, g_ptr_array_unref);

  /* A prefix matches while typing; a summary ranks above a body. */
  results = vigil_search_index_query (index, "pho", 10);
  g_assert_cmpuint (results->len, ==, 2);
  g_assert_cmpstr (result_at (results, 0)->target_id, ==, "b");
  g_assert_cmpstr (result_at (results, 1)->target_id, ==, "c");
  /* The snippet marks the match and escapes the text around it. */
  g_assert_cmpstr (result_at (results, 1)->snippet, ==,
                   "Your <b>PHONE</b> &amp; &lt;router&gt; &amp; backups");
  g_clear_pointer (&results, g_ptr_array_unref);

  /* Every word must match; the title ranks first. */
  results = vigil_search_index_query (index, "backup phone", 10);
  g_assert_cmpuint (results->len, ==, 2);
  g_assert_cmpstr (result_at (results, 0)->target_id, ==, "b");
  g_clear_pointer (&results, g_ptr_array_unref);

  results = vigil_search_index_query (index, "  ,; ", 10);
  g_assert_cmpuint (results->len, ==, 0);
}

/* Words written apart are found as people type them closed up: hyphenated words, and a verb
 * with its particle; other neighbours are not joined. */
static void
test_joined_words (void)
{
  g_autoptr(VigilSearchIndex) index = vigil_search_index_new ();
  static const struct {
    const char *query;
    const char *found;  /* nullable */
  } cases[] = {
    { "email", "a" },
    { "wifi", "a" },
    { "login", "b" },
    { "backup", "b" },
    { "setup", "c" },
    { "thephone", NULL },
    { "logb", NULL },
  };

  vigil_search_index_add (index, VIGIL_SEARCH_ENTRY, "a", "E-mail over Wi-Fi", NULL, NULL, 0);
  vigil_search_index_add (index, VIGIL_SEARCH_ENTRY, "b", "Log in, then back up", NULL, NULL, 0);
  vigil_search_index_add (index, VIGIL_SEARCH_ENTRY, "c", "Set up the phone", NULL,
                          "Log. Back", 0);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) results = vigil_search_index_query (index, cases[i].query, 10);

      if (cases[i].found == NULL)
        {
          g_assert_cmpuint (results->len, ==, 0);
          continue;
        }
      g_assert_cmpuint (results->len, ==, 1);
      g_assert_cmpstr (result_at (results, 0)->target_id, ==, cases[i].found);
    }

  /* The snippet finds the two words and marks both. */
  vigil_search_index_add (index, VIGIL_SEARCH_ENTRY, "d", "Routers", NULL,
                          "Use the home Wi-Fi & back up often", 0);
  {
    g_autoptr(GPtrArray) results = vigil_search_index_query (index, "wifi backup", 10);

    g_assert_cmpuint (results->len, ==, 1);
    g_assert_cmpstr (result_at (results, 0)->snippet, ==,
                     "Use the home <b>Wi</b>-<b>Fi</b> &amp; <b>back</b> <b>up</b> often");
  }
}

static void
test_catalog_and_notes (VigilTestDb   *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VigilContext) context = vigil_context_new (fixture->dir, &error);
  g_autoptr(VigilSearchIndex) index = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autofree char *custom = NULL;

  g_assert_no_error (error);
  index = vigil_context_build_search_index (context);
  g_assert_cmpuint (vigil_search_index_get_n_documents (index), >, 500);

  /* The guideline whose title says it comes first. */
  results = vigil_search_index_query (index, "phishing", 20);
  g_assert_cmpuint (results->len, >, 5);
  g_assert_cmpint (result_at (results, 0)->kind, ==, VIGIL_SEARCH_GUIDELINE);
  g_assert_cmpstr (result_at (results, 0)->target_id, ==, "consumer.phishing");
  g_assert_true (has_target (results, VIGIL_SEARCH_ENTRY, "threat.phishing"));
  g_clear_pointer (&results, g_ptr_array_unref);

  /* How-to steps are searched too. */
  results = vigil_search_index_query (index, "filevault", 50);
  g_assert_true (has_target (results, VIGIL_SEARCH_ITEM, "consumer.device-lock"));
  g_clear_pointer (&results, g_ptr_array_unref);

  /* The profile's notes and own steps are found once the index is built again. */
  g_assert_true (vigil_progress_store_set_text (vigil_context_get_progress_store (context),
                                                vigil_context_get_profile_id (context),
                                                "consumer.backups.offline-copy", VIGIL_ITEM_FIELD_NOTE,
                                                "Blue drive lives in the zebrawood drawer",
                                                &error));
  g_assert_no_error (error);
  custom = vigil_context_add_custom_item (context, "consumer.updates",
                                          "Update the quokka camera", &error);
  g_assert_no_error (error);
  g_clear_object (&index);
  index = vigil_context_build_search_index (context);

  results = vigil_search_index_query (index, "zebrawood", 10);
  g_assert_cmpuint (results->len, ==, 1);
  g_assert_cmpint (result_at (results, 0)->kind, ==, VIGIL_SEARCH_NOTE);
  g_assert_cmpstr (result_at (results, 0)->target_id, ==, "consumer.backups");
  g_clear_pointer (&results, g_ptr_array_unref);
  results = vigil_search_index_query (index, "quokka", 10);
  g_assert_cmpuint (results->len, ==, 1);
  g_assert_cmpint (result_at (results, 0)->kind, ==, VIGIL_SEARCH_CUSTOM);
}

static gboolean
finds (VigilContext    *context,
       const char      *query,
       VigilSearchKind  kind,
       const char      *target_id)
{
  g_autoptr(GPtrArray) results = NULL;

  results = vigil_search_index_query (vigil_context_get_search_index (context), query, 50);
  return has_target (results, kind, target_id);
}

static guint
count (VigilContext *context,
       const char   *query)
{
  g_autoptr(GPtrArray) results = NULL;

  results = vigil_search_index_query (vigil_context_get_search_index (context), query, 50);
  return results->len;
}

static const char *
first_guideline (VigilContext *context,
                 const char   *query)
{
  g_autoptr(GPtrArray) results = NULL;
  static char *first = NULL;

  results = vigil_search_index_query (vigil_context_get_search_index (context), query, 50);
  g_clear_pointer (&first, g_free);
  for (guint i = 0; i < results->len && first == NULL; i++)
    if (result_at (results, i)->kind == VIGIL_SEARCH_GUIDELINE)
      first = g_strdup (result_at (results, i)->target_id);
  return first;
}

static void
set_note (VigilContext *context,
          const char   *item_id,
          const char   *note)
{
  g_autoptr(GError) error = NULL;

  vigil_progress_store_set_text (vigil_context_get_progress_store (context),
                                 vigil_context_get_profile_id (context), item_id,
                                 VIGIL_ITEM_FIELD_NOTE, note, &error);
  g_assert_no_error (error);
}

/* The context's index follows notes, own steps and profile switches without a rebuild. */
static void
test_index_follows_changes (VigilTestDb   *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VigilContext) context = vigil_context_new (fixture->dir, &error);
  VigilSearchIndex *index;
  g_autofree char *custom = NULL;
  guint n_documents;
  gint64 first, second;

  g_assert_no_error (error);
  index = vigil_context_get_search_index (context);
  g_assert_true (vigil_context_get_search_index (context) == index);
  n_documents = vigil_search_index_get_n_documents (index);
  g_assert_cmpuint (count (context, "zebrawood"), ==, 0);

  set_note (context, "consumer.backups.offline-copy", "Blue drive in the zebrawood drawer");
  g_assert_true (finds (context, "zebrawood", VIGIL_SEARCH_NOTE, "consumer.backups"));
  g_assert_cmpuint (vigil_search_index_get_n_documents (index), ==, n_documents + 1);

  /* An edited note is found by its new words only; a cleared one is gone. */
  set_note (context, "consumer.backups.offline-copy", "Blue drive in the walnut drawer");
  g_assert_cmpuint (count (context, "zebrawood"), ==, 0);
  g_assert_true (finds (context, "walnut drawer", VIGIL_SEARCH_NOTE, "consumer.backups"));
  set_note (context, "consumer.backups.offline-copy", "");
  g_assert_cmpuint (count (context, "walnut"), ==, 0);
  g_assert_cmpuint (vigil_search_index_get_n_documents (index), ==, n_documents);

  /* Many edits: removed versions are dropped from the index, and nothing else is. */
  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *note = g_strdup_printf ("Checked on wallaby visit %u", i);

      set_note (context, "consumer.updates.auto-computer", note);
    }
  g_assert_cmpuint (count (context, "wallaby"), ==, 1);
  g_assert_true (finds (context, "wallaby 299", VIGIL_SEARCH_NOTE, "consumer.updates"));
  g_assert_cmpuint (count (context, "wallaby 298"), ==, 0);
  g_assert_true (finds (context, "phishing", VIGIL_SEARCH_GUIDELINE, "consumer.phishing"));

  /* Own steps: added, renamed, removed. */
  custom = vigil_context_add_custom_item (context, "consumer.updates", "Update the quokka camera",
                                          &error);
  g_assert_no_error (error);
  g_assert_true (finds (context, "quokka", VIGIL_SEARCH_CUSTOM, "consumer.updates"));
  vigil_context_rename_custom_item (context, custom, "Update the wombat camera", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count (context, "quokka"), ==, 0);
  g_assert_true (finds (context, "wombat", VIGIL_SEARCH_CUSTOM, "consumer.updates"));
  set_note (context, custom, "Firmware from the numbat site");
  g_assert_true (finds (context, "numbat", VIGIL_SEARCH_NOTE, "consumer.updates"));

  /* Another profile's notes and steps are not this one's. */
  first = vigil_context_get_profile_id (context);
  second = vigil_profile_store_create (vigil_context_get_profile_store (context), "Office",
                                       VIGIL_PROFILE_ORGANIZATION, NULL, &error);
  g_assert_no_error (error);
  /* A household's guideline first for a household, an organization's for an organization. */
  g_assert_cmpint (vigil_context_get_profile_kind (context), ==, VIGIL_PROFILE_HOUSEHOLD);
  /* "Back up your files…": "backup" finds the verb and its particle written apart. */
  g_assert_cmpstr (first_guideline (context, "backup"), ==, "consumer.backups");
  g_assert_cmpstr (first_guideline (context, "back up"), ==, "consumer.backups");
  /* "…home Wi-Fi router", found by the word as people type it */
  g_assert_cmpstr (first_guideline (context, "wifi router"), ==, "consumer.home-router");
  g_assert_true (vigil_context_set_profile_id (context, second, &error));
  g_assert_cmpstr (first_guideline (context, "backup"), ==, "organization.backups");
  g_assert_cmpuint (count (context, "wombat"), ==, 0);
  g_assert_cmpuint (count (context, "numbat"), ==, 0);
  g_assert_cmpuint (count (context, "wallaby"), ==, 0);
  set_note (context, "consumer.backups.offline-copy", "Tape in the koala safe");
  g_assert_true (finds (context, "koala", VIGIL_SEARCH_NOTE, "consumer.backups"));

  g_assert_true (vigil_context_set_profile_id (context, first, &error));
  g_assert_cmpuint (count (context, "koala"), ==, 0);
  g_assert_true (finds (context, "wombat", VIGIL_SEARCH_CUSTOM, "consumer.updates"));
  g_assert_true (finds (context, "numbat", VIGIL_SEARCH_NOTE, "consumer.updates"));
  g_assert_true (finds (context, "wallaby 299", VIGIL_SEARCH_NOTE, "consumer.updates"));

  vigil_context_remove_custom_item (context, custom, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count (context, "wombat"), ==, 0);
}

/* As at a start in another language: gettext drops what it translated when the locale is
 * set again. */
static void
switch_language (const char *language)
{
  g_setenv ("LANGUAGE", language, TRUE);
  setlocale (LC_ALL, "");
}

/* The index holds the catalog as loaded: a context made under another language finds that
 * language's words, and only those. */
static void
test_index_language (VigilTestDb   *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VigilContext) english = NULL;
  g_autoptr(VigilContext) german = NULL;
  g_autoptr(VigilContext) french = NULL;
  const char *localedir = g_getenv ("VIGIL_TEST_LOCALEDIR");

  if (localedir == NULL)
    {
      g_test_skip ("VIGIL_TEST_LOCALEDIR is not set");
      return;
    }
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  switch_language ("de");
  german = vigil_context_new (fixture->dir, &error);
  g_assert_no_error (error);
  switch_language ("fr");
  french = vigil_context_new (fixture->dir, &error);
  g_assert_no_error (error);
  switch_language ("en");
  english = vigil_context_new (fixture->dir, &error);
  g_assert_no_error (error);

  /* "Passwörter … einzigartige" is the German title of consumer.passwords; folded, so
   * typed without the umlaut it is found too. */
  g_assert_true (finds (german, "einzigartige passworter", VIGIL_SEARCH_GUIDELINE,
                        "consumer.passwords"));
  g_assert_cmpuint (count (english, "einzigartige"), ==, 0);
  g_assert_cmpuint (count (french, "einzigartige"), ==, 0);
  g_assert_true (finds (french, "gestionnaire", VIGIL_SEARCH_GUIDELINE, "consumer.passwords"));
  g_assert_true (finds (english, "unique passwords", VIGIL_SEARCH_GUIDELINE,
                        "consumer.passwords"));
  g_assert_cmpuint (count (german, "unique passwords"), ==, 0);

  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search/folding-prefix-and-ranking", test_folding_prefix_and_ranking);
  g_test_add_func ("/search/joined-words", test_joined_words);
  g_test_add ("/search/catalog-and-notes", VigilTestDb, NULL,
              vigil_test_db_setup, test_catalog_and_notes, vigil_test_db_teardown);
  g_test_add ("/search/index-follows-changes", VigilTestDb, NULL,
              vigil_test_db_setup, test_index_follows_changes, vigil_test_db_teardown);
  g_test_add ("/search/index-language", VigilTestDb, NULL,
              vigil_test_db_setup, test_index_language, vigil_test_db_teardown);

  return g_test_run ();
}
