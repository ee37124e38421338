/* test-search.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search/folding-prefix-and-ranking", test_folding_prefix_and_ranking);
  g_test_add ("/search/catalog-and-notes", VigilTestDb, NULL,
              vigil_test_db_setup, test_catalog_and_notes, vigil_test_db_teardown);

  return g_test_run ();
}
