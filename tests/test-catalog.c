/* test-catalog.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vigil-catalog-loader.h"
#include "vigil-catalog-report.h"
#include "vigil-test-utils.h"

static void
test_bundled_catalog_loads (void)
{
  g_autoptr(VigilCatalog) catalog = NULL;
  g_autoptr(GError) error = NULL;
  VigilSection *consumer;
  GListModel *guidelines;
  guint n_items = 0;

  catalog = vigil_catalog_load_default (&error);
  g_assert_no_error (error);
  g_assert_nonnull (catalog);

  consumer = vigil_catalog_lookup_section (catalog, "consumer");
  g_assert_nonnull (consumer);
  guidelines = vigil_section_get_guidelines (consumer);
  g_assert_cmpuint (g_list_model_get_n_items (guidelines), >=, 3);

  for (guint i = 0; i < g_list_model_get_n_items (guidelines); i++)
    {
      g_autoptr(VigilGuideline) guideline = g_list_model_get_item (guidelines, i);

      g_assert_true (vigil_guideline_get_section (guideline) == consumer);
      g_assert_cmpint (vigil_guideline_get_audience (guideline), ==, VIGIL_AUDIENCE_CONSUMER);
      g_assert_cmpuint (g_list_model_get_n_items (vigil_guideline_get_references (guideline)), >, 0);
      n_items += g_list_model_get_n_items (vigil_guideline_get_items (guideline));
    }

  g_assert_cmpuint (n_items, >=, 10);
}

static void
test_lookups (void)
{
  g_autoptr(VigilCatalog) catalog = vigil_catalog_load_default (NULL);
  VigilGuideline *guideline;
  VigilChecklistItem *item;
  g_autoptr(VigilChecklistItem) first = NULL;

  g_assert_nonnull (catalog);

  guideline = vigil_catalog_lookup_guideline (catalog, "consumer.updates");
  g_assert_nonnull (guideline);
  g_assert_cmpstr (vigil_guideline_get_id (guideline), ==, "consumer.updates");

  first = g_list_model_get_item (vigil_guideline_get_items (guideline), 0);
  item = vigil_catalog_lookup_item (catalog, vigil_checklist_item_get_id (first));
  g_assert_true (item == first);
  g_assert_true (vigil_checklist_item_get_guideline (item) == guideline);

  /* Ids share one namespace, but lookups are typed. */
  g_assert_null (vigil_catalog_lookup_guideline (catalog, "consumer"));
  g_assert_null (vigil_catalog_lookup_section (catalog, "consumer.updates"));
  g_assert_null (vigil_catalog_lookup_item (catalog, "no.such.item"));
}

static void
test_references_are_labelled (void)
{
  g_autoptr(VigilCatalog) catalog = vigil_catalog_load_default (NULL);
  VigilReferenceRegistry *references = vigil_catalog_get_references (catalog);
  VigilReference *clause;
  g_autofree char *label = NULL;

  clause = vigil_reference_registry_lookup (references, "iso27032-2012", "11.3");
  g_assert_nonnull (clause);
  label = vigil_reference_dup_label (clause);
  g_assert_cmpstr (label, ==, "ISO/IEC 27032:2012, 11.3 Guidelines for consumers");

  g_assert_null (vigil_reference_registry_lookup (references, "iso27032-2012", "99"));
  g_assert_null (vigil_reference_registry_lookup (references, "nist-csf-2.0", "PR.AC-01"));
}

/* The resource bundle must hold every file of data/content/: the build validates the
 * folder, the app loads the bundle, and the two must be the same catalog. */
static void
test_resource_matches_source_tree (void)
{
  g_autofree char *content_path = g_test_build_filename (G_TEST_DIST, "..", "data", "content", NULL);
  g_autofree char *reference_path = g_test_build_filename (G_TEST_DIST, "..", "data", "reference", NULL);
  g_autoptr(GFile) content = g_file_new_for_path (content_path);
  g_autoptr(GFile) reference = g_file_new_for_path (reference_path);
  g_autoptr(VigilReferenceRegistry) registry = vigil_reference_registry_new ();
  g_autoptr(VigilCatalog) from_files = NULL;
  g_autoptr(VigilCatalog) from_resources = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (vigil_reference_registry_load_directory (registry, reference, &error));
  g_assert_no_error (error);

  from_files = vigil_catalog_load_directory (content, registry, &error);
  g_assert_no_error (error);
  from_resources = vigil_catalog_load_default (&error);
  g_assert_no_error (error);

  g_assert_cmpuint (vigil_catalog_get_n_guidelines (from_files), ==,
                    vigil_catalog_get_n_guidelines (from_resources));
  g_assert_cmpuint (vigil_catalog_get_n_items (from_files), ==,
                    vigil_catalog_get_n_items (from_resources));
  g_assert_cmpuint (g_list_model_get_n_items (vigil_catalog_get_sections (from_files)), ==,
                    g_list_model_get_n_items (vigil_catalog_get_sections (from_resources)));
}

static gint64
member_int (JsonObject *object,
            const char *member)
{
  g_assert_true (json_object_has_member (object, member));
  return json_object_get_int_member (object, member);
}

/* The minimums of data/content and CONTENT.md: a real catalog, not a sample. */
static void
test_volume_and_coverage (void)
{
  g_autoptr(VigilCatalog) catalog = vigil_catalog_load_default (NULL);
  g_autoptr(JsonNode) root = vigil_catalog_report_build (catalog);
  JsonObject *report = json_node_get_object (root);
  JsonObject *guidelines = json_object_get_object_member (report, "guidelines");
  JsonObject *clauses = json_object_get_object_member (report, "clauses");
  g_autoptr(GList) keys = json_object_get_members (clauses);

  g_assert_cmpint (member_int (guidelines, "consumer"), >=, 30);
  g_assert_cmpint (member_int (guidelines, "organization"), >=, 30);
  g_assert_cmpint (member_int (guidelines, "provider"), >=, 10);
  g_assert_cmpint (member_int (report, "items"), >=, 300);
  g_assert_cmpint (member_int (report, "consumer_items_with_howto"), >=, 120);
  g_assert_cmpint (member_int (report, "threats"), >=, 20);
  g_assert_cmpint (member_int (report, "assets"), >=, 12);
  g_assert_cmpint (member_int (report, "roles"), >=, 7);
  g_assert_cmpint (member_int (report, "controls"), >=, 23);
  g_assert_cmpint (member_int (report, "glossary"), >=, 60);

  /* Every clause of 2012 clauses 7–13 and 2023 clauses 7–9 is cited somewhere. */
  g_assert_cmpuint (g_list_length (keys), >, 50);
  for (const GList *l = keys; l != NULL; l = l->next)
    {
      if (json_object_get_int_member (clauses, l->data) == 0)
        g_error ("clause %s is cited by no page", (const char *)l->data);
    }
  g_assert_cmpint (member_int (clauses, "2012:11.3"), >=, 30);
}

/* Users' progress points at ids: none may disappear (CONTENT.md), and new ones are recorded. */
static void
test_shipped_ids_remain (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "content",
                                                 "ids-shipped.txt", NULL);
  g_autoptr(VigilCatalog) catalog = vigil_catalog_load_default (NULL);
  g_autoptr(GHashTable) shipped = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) current = vigil_catalog_list_ids (catalog);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;
      if (vigil_catalog_lookup (catalog, lines[i]) == NULL)
        g_error ("%s was shipped but is gone from the catalog: retire it with replaced_by "
                 "instead of removing it", lines[i]);
      g_hash_table_add (shipped, lines[i]);
    }

  for (guint i = 0; i < current->len; i++)
    {
      const char *id = g_ptr_array_index (current, i);

      if (!g_hash_table_contains (shipped, id))
        g_error ("%s is not in data/content/ids-shipped.txt: run build-aux/update-shipped-ids", id);
    }
}

/* Links the app shows both ways are consistent. */
static void
test_backlinks (void)
{
  g_autoptr(VigilCatalog) catalog = vigil_catalog_load_default (NULL);
  VigilEntry *phishing = vigil_catalog_lookup_entry (catalog, "threat.phishing");
  VigilGuideline *guideline = vigil_catalog_lookup_guideline (catalog, "consumer.phishing");
  GListModel *counters;
  gboolean found = FALSE;

  g_assert_nonnull (phishing);
  g_assert_cmpint (vigil_entry_get_kind (phishing), ==, VIGIL_ENTRY_THREAT);
  counters = vigil_entry_get_guidelines (phishing);
  g_assert_cmpuint (g_list_model_get_n_items (counters), >=, 2);

  for (guint i = 0; i < g_list_model_get_n_items (counters); i++)
    {
      g_autoptr(VigilGuideline) counter = g_list_model_get_item (counters, i);
      found |= counter == guideline;
    }
  g_assert_true (found);
  g_assert_cmpuint (g_list_model_get_n_items (vigil_entry_get_assets (phishing)), >, 0);

  {
    g_autoptr(VigilEntry) asset = g_list_model_get_item (vigil_entry_get_assets (phishing), 0);
    g_assert_cmpuint (g_list_model_get_n_items (vigil_entry_get_threats (asset)), >, 0);
  }

  {
    VigilEntry *control = vigil_catalog_lookup_entry (catalog, "control.access");
    g_assert_nonnull (vigil_entry_get_clause (control));
    g_assert_cmpuint (g_list_model_get_n_items (vigil_entry_get_guidelines (control)), >=, 2);
  }
}

static void
test_catalog_finalizes (void)
{
  VigilCatalog *catalog = vigil_catalog_load_default (NULL);

  g_assert_nonnull (catalog);
  g_assert_finalize_object (catalog);
}

/* Under another language with no translation installed (no catalog is bound in tests),
 * every page is marked as showing English; in English nothing is. */
static void
test_untranslated_marked (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(VigilCatalog) catalog = NULL;

      g_setenv ("LANGUAGE", "de", TRUE);
      catalog = vigil_catalog_load_default (NULL);
      g_assert_nonnull (catalog);
      g_assert_true (vigil_guideline_get_untranslated (
                       vigil_catalog_lookup_guideline (catalog, "consumer.passwords")));
      g_assert_true (vigil_entry_get_untranslated (
                       vigil_catalog_lookup_entry (catalog, "threat.phishing")));
      return;
    }

  {
    g_autoptr(VigilCatalog) catalog = vigil_catalog_load_default (NULL);

    g_assert_false (vigil_guideline_get_untranslated (
                      vigil_catalog_lookup_guideline (catalog, "consumer.passwords")));
  }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/catalog/bundled-loads", test_bundled_catalog_loads);
  g_test_add_func ("/catalog/lookups", test_lookups);
  g_test_add_func ("/catalog/references-labelled", test_references_are_labelled);
  g_test_add_func ("/catalog/resource-matches-source", test_resource_matches_source_tree);
  g_test_add_func ("/catalog/finalizes", test_catalog_finalizes);
  g_test_add_func ("/catalog/volume-and-coverage", test_volume_and_coverage);
  g_test_add_func ("/catalog/shipped-ids-remain", test_shipped_ids_remain);
  g_test_add_func ("/catalog/backlinks", test_backlinks);
  g_test_add_func ("/catalog/untranslated-marked", test_untranslated_marked);

  return g_test_run ();
}
