/* test-answers.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vigil-context.h"
#include "vigil-test-utils.h"

static void
test_json_round_trip (void)
{
  g_autoptr(VigilAnswers) answers = vigil_answers_new ();
  g_autoptr(VigilAnswers) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *again = NULL;
  const char *platforms[] = { "ios", "windows", NULL };

  json = vigil_answers_to_json (answers);
  g_assert_cmpstr (json, ==, "{}");

  vigil_answers_set_purpose (answers, VIGIL_PURPOSE_ORGANIZATION);
  vigil_answers_set_platforms (answers, platforms);
  vigil_answers_set (answers, "card-payments", TRUE);
  vigil_answers_set (answers, "children", FALSE);
  vigil_answers_set_employees (answers, 12);
  g_clear_pointer (&json, g_free);
  json = vigil_answers_to_json (answers);
  /* Platforms are stored in one order whatever the caller's. */
  g_assert_cmpstr (json, ==, "{\"purpose\":\"organization\",\"platforms\":[\"windows\",\"ios\"],"
                   "\"children\":false,\"card-payments\":true,\"employees\":12}");

  back = vigil_answers_new_from_json (json, &error);
  g_assert_no_error (error);
  again = vigil_answers_to_json (back);
  g_assert_cmpstr (again, ==, json);
  g_assert_cmpint (vigil_answers_get_purpose (back), ==, VIGIL_PURPOSE_ORGANIZATION);
  g_assert_cmpint (vigil_answers_get (back, "employees"), ==, VIGIL_ANSWER_YES);
  g_assert_cmpint (vigil_answers_get (back, "cloud"), ==, VIGIL_ANSWER_UNKNOWN);
  g_assert_true (vigil_answers_has_platform (back, "ios"));
  g_assert_false (vigil_answers_has_platform (back, "android"));
  /* Nobody said there is no router: router guidance still shows. */
  g_assert_true (vigil_answers_has_platform (back, "router"));
}

static void
test_json_tolerant (void)
{
  g_autoptr(VigilAnswers) answers = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;

  /* Wrong types and unknown names read as unanswered, not as an error. */
  answers = vigil_answers_new_from_json ("{\"children\":\"yes\",\"purpose\":\"alien\","
                                         "\"platforms\":[\"beos\",3,\"macos\"],"
                                         "\"employees\":\"many\",\"future\":1}", &error);
  g_assert_no_error (error);
  json = vigil_answers_to_json (answers);
  g_assert_cmpstr (json, ==, "{\"platforms\":[\"macos\"]}");

  g_clear_pointer (&answers, vigil_answers_free);
  answers = vigil_answers_new_from_json ("[1, 2]", &error);
  g_assert_null (answers);
  g_assert_nonnull (error);
  g_clear_error (&error);

  answers = vigil_answers_new_from_json ("{\"children\":", &error);
  g_assert_null (answers);
  g_assert_nonnull (error);
}

static void
test_relevance (VigilTestDb   *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VigilContext) context = vigil_context_new (fixture->dir, &error);
  g_autoptr(VigilAnswers) answers = vigil_answers_new ();
  VigilCatalog *catalog;
  VigilGuideline *children, *router_guideline, *passwords;
  VigilChecklistItem *wps, *phone_lock, *computer_lock;
  VigilProgress before, after;
  const char *computers_only[] = { "gnome", NULL };

  g_assert_no_error (error);
  catalog = vigil_context_get_catalog (context);
  children = vigil_catalog_lookup_guideline (catalog, "consumer.children-online");
  router_guideline = vigil_catalog_lookup_guideline (catalog, "consumer.home-router");
  passwords = vigil_catalog_lookup_guideline (catalog, "consumer.passwords");
  wps = vigil_catalog_lookup_item (catalog, "consumer.home-router.wps-off");
  phone_lock = vigil_catalog_lookup_item (catalog, "consumer.device-lock.screen-lock-phone");
  computer_lock = vigil_catalog_lookup_item (catalog, "consumer.device-lock.screen-lock-computer");

  /* A profile that answered nothing sees everything. */
  g_assert_true (vigil_context_guideline_matters (context, children));
  g_assert_true (vigil_context_item_matters (context, phone_lock));
  vigil_context_count_progress (context, NULL, VIGIL_AUDIENCE_CONSUMER, &before);

  vigil_answers_set (answers, "children", FALSE);
  vigil_answers_set (answers, "router", FALSE);
  vigil_answers_set_platforms (answers, computers_only);
  g_assert_true (vigil_context_set_answers (context, answers, &error));
  g_assert_no_error (error);

  g_assert_false (vigil_context_guideline_matters (context, children));
  g_assert_false (vigil_context_guideline_matters (context, router_guideline));
  g_assert_true (vigil_context_guideline_matters (context, passwords));
  g_assert_false (vigil_context_item_matters (context, wps));
  g_assert_false (vigil_context_item_matters (context, phone_lock));
  /* Written up for Windows, macOS and Linux: a Linux computer is a computer. */
  g_assert_true (vigil_context_item_matters (context, computer_lock));

  vigil_context_count_progress (context, NULL, VIGIL_AUDIENCE_CONSUMER, &after);
  g_assert_cmpuint (after.total, <, before.total);
  g_assert_cmpuint (after.total, >, 0);

  {
    g_autoptr(GPtrArray) steps = vigil_context_list_next_steps (context, 500);

    for (guint i = 0; i < steps->len; i++)
      {
        VigilChecklistItem *item = g_ptr_array_index (steps, i);

        g_assert_true (vigil_context_item_matters (context, item));
        g_assert_true (vigil_context_guideline_matters (context,
                                                        vigil_checklist_item_get_guideline (item)));
      }
    g_assert_cmpuint (steps->len, ==, after.total);
  }

  /* The answers are stored: a new context over the same database reads them back. */
  {
    g_autoptr(VigilContext) reopened = NULL;

    g_clear_object (&context);
    reopened = vigil_context_new (fixture->dir, &error);
    g_assert_no_error (error);
    g_assert_cmpint (vigil_answers_get (vigil_context_get_answers (reopened), "children"), ==,
                     VIGIL_ANSWER_NO);
    g_assert_false (vigil_answers_has_platform (vigil_context_get_answers (reopened), "ios"));
  }
}

static void
test_targeted_first (VigilTestDb   *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VigilContext) context = vigil_context_new (fixture->dir, &error);
  g_autoptr(VigilAnswers) answers = vigil_answers_new ();
  g_autoptr(GPtrArray) steps = NULL;
  VigilChecklistItem *first;

  g_assert_no_error (error);
  vigil_answers_set_purpose (answers, VIGIL_PURPOSE_ORGANIZATION);
  vigil_answers_set (answers, "card-payments", TRUE);
  vigil_answers_set (answers, "website", FALSE);
  vigil_answers_set_employees (answers, 1);
  g_assert_true (vigil_context_setup_profile (context, "Corner Shop", VIGIL_PROFILE_ORGANIZATION,
                                              answers, &error));
  g_assert_no_error (error);
  g_assert_cmpint (vigil_context_get_profile_kind (context), ==, VIGIL_PROFILE_ORGANIZATION);

  /* Card payments is essential and written for this shop's situation: it comes first,
   * ahead of quicker general guidance. */
  steps = vigil_context_list_next_steps (context, 5);
  g_assert_cmpuint (steps->len, ==, 5);
  first = g_ptr_array_index (steps, 0);
  g_assert_cmpstr (vigil_guideline_get_id (vigil_checklist_item_get_guideline (first)), ==,
                   "organization.card-payments");

  /* A one-person business has no joiners and leavers to manage, and no website to secure. */
  for (guint i = 0; i < steps->len; i++)
    {
      VigilGuideline *guideline =
        vigil_checklist_item_get_guideline (g_ptr_array_index (steps, i));

      g_assert_cmpstr (vigil_guideline_get_id (guideline), !=, "organization.joiners-leavers");
      g_assert_cmpstr (vigil_guideline_get_id (guideline), !=, "organization.website-security");
    }
  g_assert_false (vigil_context_guideline_matters (context,
    vigil_catalog_lookup_guideline (vigil_context_get_catalog (context),
                                    "organization.joiners-leavers")));
}

static void
test_view_filter (VigilTestDb   *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VigilContext) context = vigil_context_new (fixture->dir, &error);
  g_autoptr(VigilAnswers) answers = vigil_answers_new ();
  g_auto(VigilViewFilter) filter = { 0 };
  VigilCatalog *catalog;
  VigilChecklistItem *item, *general;

  g_assert_no_error (error);
  catalog = vigil_context_get_catalog (context);
#define SHOWS(id) vigil_context_shows_guideline (context, &filter, \
                                                 vigil_catalog_lookup_guideline (catalog, id))

  /* The defaults hide only advanced guidance. */
  g_assert_true (SHOWS ("consumer.messaging"));
  g_assert_false (SHOWS ("organization.logging-monitoring"));
  filter.show_advanced = TRUE;
  g_assert_true (SHOWS ("organization.logging-monitoring"));

  filter.essentials_only = TRUE;
  g_assert_false (SHOWS ("consumer.messaging"));
  g_assert_true (SHOWS ("consumer.passwords"));
  filter.essentials_only = FALSE;

  vigil_answers_set (answers, "children", FALSE);
  g_assert_true (vigil_context_set_answers (context, answers, &error));
  g_assert_true (SHOWS ("consumer.children-online"));
  filter.hide_not_applicable = TRUE;
  g_assert_false (SHOWS ("consumer.children-online"));

  item = vigil_catalog_lookup_item (catalog, "consumer.passwords.manager-on");
  g_assert_nonnull (item);
  g_assert_true (vigil_context_shows_item (context, &filter, item));
  g_assert_true (vigil_progress_store_set_status (vigil_context_get_progress_store (context),
                                                  vigil_context_get_profile_id (context),
                                                  vigil_checklist_item_get_id (item),
                                                  VIGIL_ITEM_STATUS_NOT_APPLICABLE,
                                                  "We use passkeys everywhere", NULL, &error));
  g_assert_no_error (error);
  g_assert_false (vigil_context_shows_item (context, &filter, item));
  filter.hide_not_applicable = FALSE;
  g_assert_true (vigil_context_shows_item (context, &filter, item));

  /* By platform: guidelines with steps for it; items without steps stay, as they apply
   * to every device. */
  filter.platform = g_strdup ("router");
  g_assert_true (SHOWS ("consumer.home-router"));
  g_assert_false (SHOWS ("consumer.phishing"));
  item = vigil_catalog_lookup_item (catalog, "consumer.updates.auto-phone");
  g_assert_false (vigil_context_shows_item (context, &filter, item));
  item = vigil_catalog_lookup_item (catalog, "consumer.updates.router");
  g_assert_true (vigil_context_shows_item (context, &filter, item));
  general = vigil_catalog_lookup_item (catalog, "consumer.money-scams.call-back-rule");
  g_assert_true (vigil_context_shows_item (context, &filter, general));
#undef SHOWS
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/answers/json-round-trip", test_json_round_trip);
  g_test_add_func ("/answers/json-tolerant", test_json_tolerant);
  g_test_add ("/answers/relevance", VigilTestDb, NULL,
              vigil_test_db_setup, test_relevance, vigil_test_db_teardown);
  g_test_add ("/answers/view-filter", VigilTestDb, NULL,
              vigil_test_db_setup, test_view_filter, vigil_test_db_teardown);
  g_test_add ("/answers/targeted-first", VigilTestDb, NULL,
              vigil_test_db_setup, test_targeted_first, vigil_test_db_teardown);

  return g_test_run ();
}
