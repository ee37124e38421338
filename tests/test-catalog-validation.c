/* test-catalog-validation.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "vigil-catalog-json-private.h"
#include "vigil-catalog-loader.h"
#include "vigil-test-utils.h"

/* Each fixture in tests/data/catalog/ is valid.json with exactly one fault. The table gives
 * the error the schema (data/content/SCHEMA.md) demands for it, and the JSON path the
 * message must name, right after the file name. */
typedef struct
{
  const char        *name;
  VigilCatalogError  code;
  const char        *path;
} FaultCase;

static const FaultCase fault_cases[] = {
  /* The document itself */
  { "invalid-json", VIGIL_CATALOG_ERROR_INVALID_JSON, "$" },
  { "root-not-object", VIGIL_CATALOG_ERROR_WRONG_TYPE, "$" },
  { "bad-format", VIGIL_CATALOG_ERROR_INVALID_VALUE, "format" },

  /* Fields of one entity */
  { "missing-title", VIGIL_CATALOG_ERROR_MISSING_FIELD, "guidelines[1].title" },
  { "missing-items", VIGIL_CATALOG_ERROR_MISSING_FIELD, "guidelines[0].items" },
  { "no-references", VIGIL_CATALOG_ERROR_MISSING_FIELD, "guidelines[0].references" },
  { "wrong-type-effort", VIGIL_CATALOG_ERROR_WRONG_TYPE, "guidelines[0].effort" },
  { "wrong-type-items", VIGIL_CATALOG_ERROR_WRONG_TYPE, "guidelines[0].items" },
  { "empty-summary", VIGIL_CATALOG_ERROR_EMPTY_STRING, "guidelines[0].summary" },
  { "empty-howto-step", VIGIL_CATALOG_ERROR_EMPTY_STRING, "guidelines[0].items[0].howto.android[1]" },
  { "bad-audience", VIGIL_CATALOG_ERROR_INVALID_VALUE, "guidelines[0].audience" },
  { "bad-level", VIGIL_CATALOG_ERROR_INVALID_VALUE, "guidelines[0].level" },
  { "bad-applies-when", VIGIL_CATALOG_ERROR_INVALID_VALUE, "guidelines[0].applies_when[1]" },
  { "bad-date", VIGIL_CATALOG_ERROR_INVALID_VALUE, "guidelines[0].reviewed" },
  { "bad-date-week", VIGIL_CATALOG_ERROR_INVALID_VALUE, "guidelines[0].reviewed" },
  { "item-outside-guideline", VIGIL_CATALOG_ERROR_INVALID_VALUE, "guidelines[0].items[1].id" },
  { "guideline-outside-section", VIGIL_CATALOG_ERROR_INVALID_VALUE, "sections[0].entries[1]" },
  { "bad-id-syntax", VIGIL_CATALOG_ERROR_INVALID_VALUE, "guidelines[0].items[1].id" },
  { "unknown-platform", VIGIL_CATALOG_ERROR_INVALID_VALUE, "guidelines[0].items[0].howto.symbian" },
  { "zero-effort", VIGIL_CATALOG_ERROR_INVALID_VALUE, "guidelines[0].effort" },
  { "too-many-items", VIGIL_CATALOG_ERROR_INVALID_VALUE, "guidelines[0].items" },
  { "unknown-field", VIGIL_CATALOG_ERROR_UNKNOWN_FIELD, "guidelines[0].titel" },

  /* Ids share one namespace across the catalog */
  { "duplicate-guideline-id", VIGIL_CATALOG_ERROR_DUPLICATE_ID, "guidelines[2].id" },
  { "duplicate-item-id", VIGIL_CATALOG_ERROR_DUPLICATE_ID, "guidelines[1].items[0].id" },
  { "item-id-clashes-with-section", VIGIL_CATALOG_ERROR_DUPLICATE_ID, "guidelines[0].items[1].id" },
  { "listed-twice", VIGIL_CATALOG_ERROR_DUPLICATE_ID, "sections[0].entries[2]" },

  /* Links, resolved once every document is read */
  { "dangling-section-link", VIGIL_CATALOG_ERROR_DANGLING_REF, "sections[0].entries[2]" },
  { "orphan-guideline", VIGIL_CATALOG_ERROR_DANGLING_REF, "guidelines[2].id" },
  { "dangling-related", VIGIL_CATALOG_ERROR_DANGLING_REF, "guidelines[0].related[0]" },
  { "self-related", VIGIL_CATALOG_ERROR_DANGLING_REF, "guidelines[0].related[0]" },
  { "unknown-reference-id", VIGIL_CATALOG_ERROR_UNKNOWN_REFERENCE, "guidelines[0].references[0].id" },
  { "unknown-reference-scheme", VIGIL_CATALOG_ERROR_UNKNOWN_REFERENCE, "guidelines[0].references[0].scheme" },

  /* Threats, assets and the other entries */
  { "entry-bad-kind", VIGIL_CATALOG_ERROR_INVALID_VALUE, "entries[1].kind" },
  { "entry-bad-prefix", VIGIL_CATALOG_ERROR_INVALID_VALUE, "entries[1].id" },
  { "threat-missing-assets", VIGIL_CATALOG_ERROR_MISSING_FIELD, "entries[0].assets" },
  { "asset-with-assets", VIGIL_CATALOG_ERROR_UNKNOWN_FIELD, "entries[1].assets" },
  { "control-bad-clause", VIGIL_CATALOG_ERROR_INVALID_VALUE, "entries[2].clause" },
  { "missing-threats", VIGIL_CATALOG_ERROR_MISSING_FIELD, "guidelines[0].threats" },
  { "threat-wrong-kind", VIGIL_CATALOG_ERROR_DANGLING_REF, "guidelines[0].threats[0]" },
  { "text-link-dangling", VIGIL_CATALOG_ERROR_DANGLING_REF, "guidelines[0].body" },
  { "no-27032-reference", VIGIL_CATALOG_ERROR_MISSING_FIELD, "guidelines[0].references" },

  /* Ids are never removed: a retired one names its replacement */
  { "retired-without-replacement", VIGIL_CATALOG_ERROR_MISSING_FIELD, "guidelines[0].replaced_by" },
  { "replacement-wrong-kind", VIGIL_CATALOG_ERROR_DANGLING_REF, "guidelines[0].replaced_by" },

  /* Coverage, checked on the whole catalog */
  { "threat-undercountered", VIGIL_CATALOG_ERROR_COVERAGE, "entries[0]" },
  { "control-undercovered", VIGIL_CATALOG_ERROR_COVERAGE, "entries[2]" },

  /* With no section anywhere, the loader checks for orphans before it checks that the
   * catalog has sections, so the first guideline is reported as listed by none. That is
   * deterministic, if less direct than "the catalog has no sections" (MISSING_FIELD),
   * which the loader only reaches for a catalog without guidelines too. */
  { "no-sections", VIGIL_CATALOG_ERROR_DANGLING_REF, "guidelines[0].id" },
};

static VigilReferenceRegistry *
load_registry (void)
{
  g_autoptr(VigilReferenceRegistry) registry = vigil_reference_registry_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (vigil_reference_registry_load_resources (registry, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&registry);
}

static GBytes *
load_catalog_fixture (const char *name)
{
  g_autofree char *path = g_strconcat ("catalog/", name, ".json", NULL);

  return vigil_test_load_fixture (path);
}

/* Loads the fixtures @fixtures (names without “.json”) as documents called @names. */
static VigilCatalog *
load_fixtures (const char * const  *names,
               const char * const  *fixtures,
               guint                n_documents,
               GError             **error)
{
  g_autoptr(VigilReferenceRegistry) registry = load_registry ();
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func ((GDestroyNotify)g_bytes_unref);

  for (guint i = 0; i < n_documents; i++)
    g_ptr_array_add (documents, load_catalog_fixture (fixtures[i]));

  return vigil_catalog_load_documents (names, (GBytes * const *)documents->pdata, n_documents,
                                       registry, error);
}

/* Checks that the message starts with “<file>: <path>: ”, so that a path which is only a
 * prefix of the reported one (“items” for “items[0].id”) does not pass. */
static void
assert_message_locates (const GError *error,
                        const char   *file,
                        const char   *path)
{
  g_autofree char *expected = g_strdup_printf ("%s: %s: ", file, path);
  g_autofree char *start = NULL;

  g_test_message ("%s", error->message);

  if (!g_str_has_prefix (error->message, expected))
    g_test_message ("expected a message starting with “%s”, got “%s”",
                    expected, error->message);

  start = g_strndup (error->message, strlen (expected));
  g_assert_cmpstr (start, ==, expected);
}

static void
test_fault (gconstpointer data)
{
  const FaultCase *fault = data;
  g_autofree char *file = g_strconcat (fault->name, ".json", NULL);
  const char *names[] = { file };
  const char *fixtures[] = { fault->name };
  g_autoptr(VigilCatalog) catalog = NULL;
  g_autoptr(GError) error = NULL;

  catalog = load_fixtures (names, fixtures, 1, &error);

  g_assert_null (catalog);
  g_assert_error (error, VIGIL_CATALOG_ERROR, (int)fault->code);
  assert_message_locates (error, file, fault->path);
}

static void
assert_reference (GListModel *references,
                  guint       position,
                  const char *scheme,
                  const char *id,
                  const char *title)
{
  g_autoptr(VigilReference) reference = g_list_model_get_item (references, position);

  g_assert_nonnull (reference);
  g_assert_cmpstr (vigil_reference_get_scheme (reference), ==, scheme);
  g_assert_cmpstr (vigil_reference_get_id (reference), ==, id);
  g_assert_cmpstr (vigil_reference_get_title (reference), ==, title);
}

static void
test_valid (void)
{
  const char *names[] = { "valid.json" };
  const char *fixtures[] = { "valid" };
  g_autoptr(VigilCatalog) catalog = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *sections;
  g_autoptr(VigilSection) first_section = NULL;
  VigilSection *section;
  GListModel *guidelines;
  g_autoptr(VigilGuideline) one = NULL;
  g_autoptr(VigilGuideline) two = NULL;
  g_autoptr(VigilGuideline) related_to_one = NULL;
  g_autoptr(VigilGuideline) related_to_two = NULL;
  GListModel *related;
  GListModel *items;
  VigilChecklistItem *item;
  const char * const *howto_platforms;
  const char * const *steps;
  GListModel *references;

  catalog = load_fixtures (names, fixtures, 1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (catalog);

  /* Counts */
  sections = vigil_catalog_get_sections (catalog);
  g_assert_cmpuint (g_list_model_get_n_items (sections), ==, 1);
  g_assert_cmpuint (vigil_catalog_get_n_guidelines (catalog), ==, 2);
  g_assert_cmpuint (vigil_catalog_get_n_items (catalog), ==, 4);

  /* The section, and its guidelines in listed order */
  first_section = g_list_model_get_item (sections, 0);
  section = vigil_catalog_lookup_section (catalog, "consumer");
  g_assert_true (section == first_section);
  g_assert_cmpstr (vigil_section_get_id (section), ==, "consumer");
  g_assert_cmpstr (vigil_section_get_title (section), ==, "Guidelines for consumers");
  g_assert_cmpstr (vigil_section_get_icon_name (section), ==, "user-home-symbolic");

  guidelines = vigil_section_get_guidelines (section);
  g_assert_cmpuint (g_list_model_get_n_items (guidelines), ==, 2);
  one = g_list_model_get_item (guidelines, 0);
  two = g_list_model_get_item (guidelines, 1);
  g_assert_true (one == vigil_catalog_lookup_guideline (catalog, "consumer.one"));
  g_assert_true (two == vigil_catalog_lookup_guideline (catalog, "consumer.two"));
  g_assert_true (vigil_guideline_get_section (one) == section);
  g_assert_true (vigil_guideline_get_section (two) == section);

  /* The fields of a guideline */
  g_assert_cmpstr (vigil_guideline_get_title (one), ==, "Do the first thing");
  g_assert_cmpint (vigil_guideline_get_audience (one), ==, VIGIL_AUDIENCE_CONSUMER);
  g_assert_cmpint (vigil_guideline_get_level (one), ==, VIGIL_LEVEL_ESSENTIAL);
  g_assert_cmpuint (vigil_guideline_get_effort (one), ==, 10);
  g_assert_cmpuint (vigil_guideline_get_recurrence (one), ==, 30);
  g_assert_cmpstr (vigil_guideline_get_reviewed (one), ==, "2026-01-15");

  /* Related, resolved both ways */
  related = vigil_guideline_get_related (one);
  g_assert_cmpuint (g_list_model_get_n_items (related), ==, 1);
  related_to_one = g_list_model_get_item (related, 0);
  g_assert_true (related_to_one == two);
  related = vigil_guideline_get_related (two);
  g_assert_cmpuint (g_list_model_get_n_items (related), ==, 1);
  related_to_two = g_list_model_get_item (related, 0);
  g_assert_true (related_to_two == one);

  /* Items, with the how-to of the first one */
  items = vigil_guideline_get_items (one);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (vigil_guideline_get_items (two)), ==, 2);

  item = vigil_catalog_lookup_item (catalog, "consumer.one.first");
  g_assert_nonnull (item);
  g_assert_true (vigil_checklist_item_get_guideline (item) == one);
  g_assert_cmpstr (vigil_checklist_item_get_title (item), ==, "Turn on the first setting");
  g_assert_cmpstr (vigil_checklist_item_get_details (item), ==, "The setting shows as on.");

  howto_platforms = vigil_checklist_item_get_howto_platforms (item);
  g_assert_nonnull (howto_platforms);
  g_assert_cmpuint (g_strv_length ((char **)howto_platforms), ==, 2);
  g_assert_cmpstr (howto_platforms[0], ==, "windows");
  g_assert_cmpstr (howto_platforms[1], ==, "android");

  steps = vigil_checklist_item_get_howto_steps (item, "windows");
  g_assert_nonnull (steps);
  g_assert_cmpuint (g_strv_length ((char **)steps), ==, 2);
  g_assert_cmpstr (steps[0], ==, "Open Settings.");
  g_assert_cmpstr (steps[1], ==, "Turn the first setting on.");

  steps = vigil_checklist_item_get_howto_steps (item, "android");
  g_assert_nonnull (steps);
  g_assert_cmpuint (g_strv_length ((char **)steps), ==, 2);
  g_assert_cmpstr (steps[1], ==, "Tap the first setting.");

  g_assert_null (vigil_checklist_item_get_howto_steps (item, "macos"));

  item = vigil_catalog_lookup_item (catalog, "consumer.one.second");
  g_assert_nonnull (item);
  g_assert_null (vigil_checklist_item_get_details (item));
  g_assert_null (vigil_checklist_item_get_howto_platforms (item)[0]);

  /* References, resolved to the entries of the reference data */
  references = vigil_guideline_get_references (one);
  g_assert_cmpuint (g_list_model_get_n_items (references), ==, 2);
  assert_reference (references, 0, "iso27032-2012", "11.3", "Guidelines for consumers");
  assert_reference (references, 1, "nist-csf-2.0", "PR.AA-01",
                    "Identities and credentials for authorized users, services, and hardware "
                    "are managed by the organization");
}

/* Links between documents are resolved once all of them are read, in either order. */
static void
test_split_documents (void)
{
  const char *names[] = { "a.json", "b.json" };
  const char *in_order[] = { "split-sections", "split-guidelines" };
  const char *reversed[] = { "split-guidelines", "split-sections" };
  g_autoptr(VigilCatalog) catalog = NULL;
  g_autoptr(VigilCatalog) catalog_reversed = NULL;
  g_autoptr(GError) error = NULL;
  VigilSection *section;

  catalog = load_fixtures (names, in_order, 2, &error);
  g_assert_no_error (error);
  g_assert_nonnull (catalog);
  g_assert_cmpuint (g_list_model_get_n_items (vigil_catalog_get_sections (catalog)), ==, 1);
  g_assert_cmpuint (vigil_catalog_get_n_guidelines (catalog), ==, 2);
  g_assert_cmpuint (vigil_catalog_get_n_items (catalog), ==, 4);
  section = vigil_catalog_lookup_section (catalog, "consumer");
  g_assert_nonnull (section);
  g_assert_cmpuint (g_list_model_get_n_items (vigil_section_get_guidelines (section)), ==, 2);

  catalog_reversed = load_fixtures (names, reversed, 2, &error);
  g_assert_no_error (error);
  g_assert_nonnull (catalog_reversed);
  g_assert_cmpuint (vigil_catalog_get_n_guidelines (catalog_reversed), ==, 2);
}

/* Either half without the other is incomplete. The links are resolved after the last
 * document (an empty one here) is read, yet the fault is located in the half that has it. */
static void
test_split_halves_alone (void)
{
  const char *names[] = { "a.json", "b.json" };
  const char *sections_only[] = { "split-sections", "empty-document" };
  const char *guidelines_only[] = { "split-guidelines", "empty-document" };
  g_autoptr(VigilCatalog) catalog = NULL;
  g_autoptr(GError) error = NULL;

  catalog = load_fixtures (names, sections_only, 2, &error);
  g_assert_null (catalog);
  g_assert_error (error, VIGIL_CATALOG_ERROR, VIGIL_CATALOG_ERROR_DANGLING_REF);
  assert_message_locates (error, "a.json", "sections[0].entries[0]");
  g_clear_error (&error);

  catalog = load_fixtures (names, guidelines_only, 2, &error);
  g_assert_null (catalog);
  g_assert_error (error, VIGIL_CATALOG_ERROR, VIGIL_CATALOG_ERROR_DANGLING_REF);
  assert_message_locates (error, "a.json", "guidelines[0].id");
}

/* A duplicate across documents is reported in the second one, naming the first. */
static void
test_duplicate_across_documents (void)
{
  const char *names[] = { "a.json", "b.json" };
  const char *fixtures[] = { "valid", "split-guidelines" };
  g_autoptr(VigilCatalog) catalog = NULL;
  g_autoptr(GError) error = NULL;

  catalog = load_fixtures (names, fixtures, 2, &error);

  g_assert_null (catalog);
  g_assert_error (error, VIGIL_CATALOG_ERROR, VIGIL_CATALOG_ERROR_DUPLICATE_ID);
  assert_message_locates (error, "b.json", "guidelines[0].id");
  g_assert_nonnull (strstr (error->message, "a.json: guidelines[0].id"));
}

/* A catalog with nothing in it. The loader reports this after link resolution, with
 * “catalog” in place of a file name, as there is no one file at fault. */
static void
test_empty_catalog (void)
{
  const char *names[] = { "empty-document.json" };
  const char *fixtures[] = { "empty-document" };
  g_autoptr(VigilCatalog) catalog = NULL;
  g_autoptr(GError) error = NULL;

  catalog = load_fixtures (names, fixtures, 1, &error);

  g_assert_null (catalog);
  g_assert_error (error, VIGIL_CATALOG_ERROR, VIGIL_CATALOG_ERROR_MISSING_FIELD);
  assert_message_locates (error, "catalog", "sections");
}

/* Messages name where in a file a fault is. */
static void
test_paths (void)
{
  static const struct {
    guint       index;
    const char *path;
  } cases[] = {
    { 0, "$.items[0]" },
    { 9, "$.items[9]" },
    { 10, "$.items[10]" },
    { 407, "$.items[407]" },
    { G_MAXUINT, "$.items[4294967295]" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = _vigil_json_element_path ("$", "items", cases[i].index);
      g_assert_cmpstr (path, ==, cases[i].path);
    }
  {
    g_autofree char *path = _vigil_json_member_path ("$.guidelines[2]", "title");
    g_assert_cmpstr (path, ==, "$.guidelines[2].title");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/catalog-validation/paths", test_paths);
  g_test_add_func ("/catalog-validation/valid", test_valid);
  g_test_add_func ("/catalog-validation/split-documents", test_split_documents);
  g_test_add_func ("/catalog-validation/split-halves-alone", test_split_halves_alone);
  g_test_add_func ("/catalog-validation/duplicate-across-documents",
                   test_duplicate_across_documents);
  g_test_add_func ("/catalog-validation/empty-catalog", test_empty_catalog);

  for (guint i = 0; i < G_N_ELEMENTS (fault_cases); i++)
    {
      g_autofree char *path = g_strconcat ("/catalog-validation/", fault_cases[i].name, NULL);

      g_test_add_data_func (path, &fault_cases[i], test_fault);
    }

  return g_test_run ();
}
