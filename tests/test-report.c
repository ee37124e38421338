/* test-report.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vigil-report.h"
#include "vigil-report-model.h"
#include "vigil-report-paper.h"
#include "vigil-test-utils.h"

#define REPORT_DATE "2026-03-15"
#define N_COLUMNS 15

/* Commas, quotes and line breaks: everything CSV must quote. */
static const char note[] = "Checked the router, the NAS and the \"guest\" Wi-Fi.\nNext: printers";
static const char reason_na[] = "We have no servers of our own";
static const char reason_risk[] = "Old till, replaced in spring";

typedef struct
{
  VigilTestDb   db;
  VigilContext *context;
  gint64        profile;
  /* the catalog items the test gave a state, in report order */
  char         *items[4];
  char         *custom_in_guideline;
  char         *custom_own;
} Fixture;

static VigilReportItem *
nth_item (VigilReportModel *model,
          guint             n)
{
  for (guint s = 0; s < model->sections->len; s++)
    {
      VigilReportSection *section = g_ptr_array_index (model->sections, s);

      for (guint g = 0; g < section->guidelines->len; g++)
        {
          VigilReportGuideline *guideline = g_ptr_array_index (section->guidelines, g);

          if (n < guideline->items->len)
            return g_ptr_array_index (guideline->items, n);
          n -= guideline->items->len;
        }
    }

  return NULL;
}

static guint
count_items (VigilReportModel *model)
{
  guint n = 0;

  while (nth_item (model, n) != NULL)
    n++;

  return n;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VigilReportModel) model = NULL;
  VigilProgressStore *progress;
  VigilDatabase *database;
  g_autofree char *sql = NULL;

  vigil_test_db_setup (&fixture->db, data);
  fixture->context = vigil_context_new (fixture->db.dir, &error);
  g_assert_no_error (error);

  /* Not the current profile: reports read any profile by its id. */
  fixture->profile = vigil_profile_store_create (vigil_context_get_profile_store (fixture->context),
                                                 "Corner Bakery, Ltd.", VIGIL_PROFILE_ORGANIZATION,
                                                 "{}", &error);
  g_assert_no_error (error);

  model = vigil_report_model_new (fixture->context, fixture->profile, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (fixture->items); i++)
    fixture->items[i] = g_strdup (nth_item (model, i)->id);

  progress = vigil_context_get_progress_store (fixture->context);
  g_assert_true (vigil_progress_store_set_status (progress, fixture->profile, fixture->items[0],
                                                  VIGIL_ITEM_STATUS_DONE, NULL, NULL, &error));
  g_assert_true (vigil_progress_store_set_text (progress, fixture->profile, fixture->items[0],
                                                VIGIL_ITEM_FIELD_OWNER, "Amira", &error));
  g_assert_true (vigil_progress_store_set_text (progress, fixture->profile, fixture->items[0],
                                                VIGIL_ITEM_FIELD_DUE, "2026-02-01", &error));
  g_assert_true (vigil_progress_store_set_text (progress, fixture->profile, fixture->items[0],
                                                VIGIL_ITEM_FIELD_NOTE, note, &error));
  g_assert_true (vigil_progress_store_set_status (progress, fixture->profile, fixture->items[1],
                                                  VIGIL_ITEM_STATUS_NOT_APPLICABLE, reason_na,
                                                  NULL, &error));
  g_assert_true (vigil_progress_store_set_status (progress, fixture->profile, fixture->items[2],
                                                  VIGIL_ITEM_STATUS_RISK_ACCEPTED, reason_risk,
                                                  "2026-06-30", &error));
  g_assert_true (vigil_progress_store_set_status (progress, fixture->profile, fixture->items[3],
                                                  VIGIL_ITEM_STATUS_IN_PROGRESS, NULL, NULL,
                                                  &error));
  /* What a spreadsheet would run as formulas. */
  g_assert_true (vigil_progress_store_set_text (progress, fixture->profile, fixture->items[3],
                                                VIGIL_ITEM_FIELD_OWNER, "=HYPERLINK(\"x\")",
                                                &error));
  g_assert_true (vigil_progress_store_set_text (progress, fixture->profile, fixture->items[3],
                                                VIGIL_ITEM_FIELD_NOTE, "@SUM(A1)", &error));
  g_assert_no_error (error);

  vigil_evidence_store_add (vigil_context_get_evidence_store (fixture->context), fixture->profile,
                            fixture->items[0], "https://intranet.example/audit.pdf",
                            "Audit, page 4", &error);
  g_assert_no_error (error);
  vigil_evidence_store_add (vigil_context_get_evidence_store (fixture->context), fixture->profile,
                            fixture->items[0], "/srv/records/router-config.txt", NULL, &error);
  g_assert_no_error (error);

  {
    VigilReportSection *section = g_ptr_array_index (model->sections, 0);
    VigilReportGuideline *guideline = g_ptr_array_index (section->guidelines, 0);

    fixture->custom_in_guideline =
      vigil_custom_item_store_add (vigil_context_get_custom_item_store (fixture->context),
                                   fixture->profile, guideline->id, "Lock the back door",
                                   &error);
    g_assert_no_error (error);
  }
  fixture->custom_own =
    vigil_custom_item_store_add (vigil_context_get_custom_item_store (fixture->context),
                                 fixture->profile, NULL, "Shred old invoices, monthly", &error);
  g_assert_no_error (error);
  g_assert_true (vigil_progress_store_set_status (progress, fixture->profile,
                                                  fixture->custom_own, VIGIL_ITEM_STATUS_DONE,
                                                  NULL, NULL, &error));

  /* Completion times come from the clock; the golden file needs fixed ones. */
  database = vigil_context_get_database (fixture->context);
  sql = g_strdup_printf ("UPDATE item_states SET completed_at = 1767225600000000 "
                         "WHERE profile_id = %" G_GINT64_FORMAT " AND completed_at IS NOT NULL",
                         fixture->profile);
  g_assert_true (vigil_database_exec (database, sql, &error));
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_assert_finalize_object (fixture->context);
  for (guint i = 0; i < G_N_ELEMENTS (fixture->items); i++)
    g_free (fixture->items[i]);
  g_free (fixture->custom_in_guideline);
  g_free (fixture->custom_own);
  vigil_test_db_teardown (&fixture->db, data);
}

/*
 * A strict RFC 4180 reader: it fails the test on anything the RFC does not allow, and
 * keeps each record's exact bytes for the golden file.
 */
typedef struct
{
  GPtrArray *fields;   /* char * */
  char      *raw;
} Record;

static void
record_free (Record *record)
{
  g_ptr_array_unref (record->fields);
  g_free (record->raw);
  g_free (record);
}

static GPtrArray *
parse_csv (const char *data,
           gsize       length)
{
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify)record_free);
  const char *p = data, *end = data + length;

  g_assert_true (g_utf8_validate (data, length, NULL));
  g_assert_false (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0);

  while (p < end)
    {
      Record *record = g_new0 (Record, 1);
      const char *start = p;

      record->fields = g_ptr_array_new_with_free_func (g_free);
      while (TRUE)
        {
          g_autoptr(GString) field = g_string_new (NULL);

          if (*p == '"')
            {
              for (p++; ; p++)
                {
                  g_assert_true (p < end);
                  if (*p == '"' && p + 1 < end && p[1] == '"')
                    {
                      g_string_append_c (field, '"');
                      p++;
                    }
                  else if (*p == '"')
                    {
                      p++;
                      break;
                    }
                  else
                    g_string_append_c (field, *p);
                }
            }
          else
            {
              for (; p < end && *p != ',' && *p != '\r'; p++)
                {
                  /* Unquoted fields hold no quote, CR or LF. */
                  g_assert_cmpint (*p, !=, '"');
                  g_assert_cmpint (*p, !=, '\n');
                  g_string_append_c (field, *p);
                }
            }
          g_ptr_array_add (record->fields, g_string_free (g_steal_pointer (&field), FALSE));

          g_assert_true (p < end);
          if (*p == ',')
            {
              p++;
              continue;
            }
          /* Every record ends with CRLF, the last one too. */
          g_assert_true (p + 1 < end + 1 && p[0] == '\r' && p[1] == '\n');
          p += 2;
          break;
        }
      record->raw = g_strndup (start, p - start);
      g_ptr_array_add (records, record);
    }

  return records;
}

static Record *
find_record (GPtrArray  *records,
             const char *item_id)
{
  for (guint i = 1; i < records->len; i++)
    {
      Record *record = g_ptr_array_index (records, i);

      if (g_str_equal (g_ptr_array_index (record->fields, 3), item_id))
        return record;
    }

  g_assert_not_reached ();
}

static void
test_csv (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(VigilReportModel) model = NULL;
  g_autoptr(GString) golden = g_string_new (NULL);
  g_autofree char *golden_path = NULL;
  g_autofree char *expected = NULL;
  gsize size;
  const char *bytes;
  Record *record;

  csv = vigil_report_render_csv (fixture->context, fixture->profile, &error);
  g_assert_no_error (error);
  bytes = g_bytes_get_data (csv, &size);
  records = parse_csv (bytes, size);

  /* A header row, then one row per applicable item, each with every column. */
  model = vigil_report_model_new (fixture->context, fixture->profile, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 1 + count_items (model));
  for (guint i = 0; i < records->len; i++)
    g_assert_cmpuint (((Record *)g_ptr_array_index (records, i))->fields->len, ==, N_COLUMNS);

  record = find_record (records, fixture->items[0]);
  g_assert_cmpstr (g_ptr_array_index (record->fields, 10), ==, note);
  record = find_record (records, fixture->items[3]);
  g_assert_cmpstr (g_ptr_array_index (record->fields, 7), ==, "'=HYPERLINK(\"x\")");
  g_assert_cmpstr (g_ptr_array_index (record->fields, 10), ==, "'@SUM(A1)");

  /* The golden file has the header and the rows the test filled in: the catalog's other
   * items may change without making it stale. */
  g_string_append (golden, ((Record *)g_ptr_array_index (records, 0))->raw);
  for (guint i = 0; i < G_N_ELEMENTS (fixture->items); i++)
    g_string_append (golden, find_record (records, fixture->items[i])->raw);
  g_string_append (golden, find_record (records, fixture->custom_in_guideline)->raw);
  g_string_append (golden, find_record (records, fixture->custom_own)->raw);

  golden_path = g_test_build_filename (G_TEST_DIST, "data", "golden", "report.csv", NULL);
  if (g_getenv ("VIGIL_UPDATE_GOLDEN") != NULL)
    {
      g_file_set_contents (golden_path, golden->str, golden->len, &error);
      g_assert_no_error (error);
    }
  g_file_get_contents (golden_path, &expected, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (golden->str, ==, expected);
}

static void
test_html (Fixture       *fixture,
           gconstpointer  data)
{
  static const char * const forbidden[] = {
    "src=", "href=", "url(", "@import", "<script", "<link", "<img", "<iframe", "<object",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(VigilReportModel) model = NULL;
  g_autofree char *html = NULL;
  g_autofree char *escaped_note = g_markup_escape_text (note, -1);
  g_autofree char *lower = NULL;
  guint n;

  bytes = vigil_report_render_html (fixture->context, fixture->profile, &error);
  g_assert_no_error (error);
  html = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_true (g_utf8_validate (html, -1, NULL));
  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n<html lang=\"en\">"));

  /* Nothing to load: opening the report tells no one. */
  lower = g_ascii_strdown (html, -1);
  for (guint i = 0; i < G_N_ELEMENTS (forbidden); i++)
    g_assert_null (strstr (lower, forbidden[i]));

  model = vigil_report_model_new (fixture->context, fixture->profile, &error);
  g_assert_no_error (error);
  n = count_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *title = g_markup_escape_text (nth_item (model, i)->title, -1);

      g_assert_nonnull (strstr (html, title));
    }
  g_assert_nonnull (strstr (html, escaped_note));
  g_assert_nonnull (strstr (html, "&quot;guest&quot;"));
  g_assert_nonnull (strstr (html, "Corner Bakery, Ltd."));
  g_assert_nonnull (strstr (html, "@media print"));
}

/* Whitespace in any run and amount is one space: text wraps differently in a PDF. */
static char *
squeeze (const char *text)
{
  g_autoptr(GString) squeezed = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        space = TRUE;
      else
        {
          if (space && squeezed->len > 0)
            g_string_append_c (squeezed, ' ');
          space = FALSE;
          g_string_append_c (squeezed, *p);
        }
    }

  return g_string_free (g_steal_pointer (&squeezed), FALSE);
}

static char *
pdf_to_text (GBytes *pdf)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = vigil_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *out = NULL;
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  int status;

  g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), &error);
  g_assert_no_error (error);
  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  vigil_test_rm_rf (dir);

  return g_steal_pointer (&out);
}

static void
test_pdf (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(VigilReportModel) model = NULL;
  g_autoptr(VigilReportLayout) layout = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_autofree char *last_page = NULL;
  g_autofree char *pdftotext = NULL;
  guint n_pages, n;

  pdf = vigil_report_render_pdf (fixture->context, fixture->profile, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (pdf), >, 1000);
  g_assert_cmpmem (g_bytes_get_data (pdf, NULL), 5, "%PDF-", 5);

  /* The PDF is drawn from the same layout a printout uses. */
  layout = vigil_report_layout_new (fixture->context, fixture->profile, 595.28, 841.89, &error);
  g_assert_no_error (error);
  n_pages = vigil_report_layout_get_n_pages (layout);
  g_assert_cmpuint (n_pages, >, 1);

  pdftotext = g_find_program_in_path ("pdftotext");
  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }

  text = pdf_to_text (pdf);
  /* pdftotext ends every page with a form feed. */
  n = 0;
  for (const char *p = text; *p != '\0'; p++)
    n += *p == '\f';
  g_assert_cmpuint (n, ==, n_pages);

  flat = squeeze (text);
  g_assert_nonnull (strstr (flat, "Page 1 of "));
  last_page = g_strdup_printf ("Page %u of %u", n_pages, n_pages);
  g_assert_nonnull (strstr (flat, last_page));
  g_assert_nonnull (strstr (flat, "Corner Bakery, Ltd."));

  model = vigil_report_model_new (fixture->context, fixture->profile, &error);
  g_assert_no_error (error);
  n = count_items (model);
  for (guint i = 0; i < n; i++)
    {
      VigilReportItem *item = nth_item (model, i);
      g_autofree char *title = squeeze (item->title);

      if (strstr (flat, title) == NULL)
        g_error ("The PDF lacks the item “%s”", item->title);
      if (item->state->note != NULL)
        {
          g_autofree char *squeezed = squeeze (item->state->note);

          g_assert_nonnull (strstr (flat, squeezed));
        }
    }
  g_assert_nonnull (strstr (flat, reason_na));
  g_assert_nonnull (strstr (flat, reason_risk));
  g_assert_nonnull (strstr (flat, "https://intranet.example/audit.pdf"));
  g_assert_nonnull (strstr (flat, "ISO/IEC 27002:2022"));
  g_assert_nonnull (strstr (flat, "Cyber Essentials"));
}

/* A report of another profile leaves the current one alone, and counts like the window. */
static void
test_model (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VigilReportModel) model = NULL;
  gint64 current = vigil_context_get_profile_id (fixture->context);
  VigilProgress progress;
  VigilReportItem *item;
  guint n_controls = 0;

  model = vigil_report_model_new (fixture->context, fixture->profile, &error);
  g_assert_no_error (error);
  g_assert_cmpint (vigil_context_get_profile_id (fixture->context), ==, current);
  g_assert_cmpstr (model->profile_name, ==, "Corner Bakery, Ltd.");
  g_assert_cmpint (model->kind, ==, VIGIL_PROFILE_ORGANIZATION);

  g_assert_true (vigil_context_set_profile_id (fixture->context, fixture->profile, &error));
  vigil_context_count_progress (fixture->context, NULL, VIGIL_AUDIENCE_ORGANIZATION, &progress);
  g_assert_cmpuint (model->progress.total, ==, progress.total);
  g_assert_cmpuint (model->progress.applicable, ==, progress.applicable);
  g_assert_cmpuint (model->progress.done, ==, 1);
  g_assert_cmpuint (model->progress.not_applicable, ==, 1);
  g_assert_cmpuint (model->progress.risk_accepted, ==, 1);

  item = nth_item (model, 0);
  g_assert_cmpuint (item->evidence->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (item->evidence, 0), ==,
                   "https://intranet.example/audit.pdf — Audit, page 4");

  /* The own-steps section comes last and is not counted. */
  {
    VigilReportSection *last = g_ptr_array_index (model->sections, model->sections->len - 1);

    g_assert_null (last->id);
    g_assert_cmpuint (last->progress.total, ==, 0);
  }

  g_assert_cmpuint (model->frameworks->len, ==, 4);
  for (guint f = 0; f < model->frameworks->len; f++)
    {
      VigilReportFramework *framework = g_ptr_array_index (model->frameworks, f);

      n_controls += framework->controls->len;
      g_assert_cmpuint (framework->n_full + framework->n_partial, <=, framework->controls->len);
    }
  g_assert_cmpuint (n_controls, >, 0);
}

static void
test_paper_from_mm (void)
{
  static const struct {
    guint  width_mm, height_mm;
    double width_pt, height_pt;
  } cases[] = {
    { 210, 297, 595.28, 841.89 },   /* A4: most of the world, and the C locale */
    { 216, 279, 612, 792 },         /* US Letter: glibc's en_US, en_CA, es_MX, … */
    { 216, 356, 595.28, 841.89 },   /* Legal: no report paper of its own */
    { 0, 0, 595.28, 841.89 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double width, height;

      vigil_report_paper_from_mm (cases[i].width_mm, cases[i].height_mm, &width, &height);
      g_assert_cmpfloat_with_epsilon (width, cases[i].width_pt, 0.01);
      g_assert_cmpfloat_with_epsilon (height, cases[i].height_pt, 0.01);
    }
}

/* The PDF holds binary streams, with NUL bytes that g_strstr_len() would stop at. */
static gboolean
bytes_contain (GBytes     *bytes,
               const char *needle)
{
  gsize size, length = strlen (needle);
  const char *data = g_bytes_get_data (bytes, &size);

  for (gsize i = 0; i + length <= size; i++)
    if (memcmp (data + i, needle, length) == 0)
      return TRUE;

  return FALSE;
}

static void
test_paper_locale (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *saved = g_strdup (setlocale (LC_PAPER, NULL));
  double width, height;

  setlocale (LC_PAPER, "C");
  vigil_report_paper_get_default (&width, &height);
  g_assert_cmpfloat_with_epsilon (width, 595.28, 0.01);

  if (setlocale (LC_PAPER, "en_US.UTF-8") == NULL)
    {
      setlocale (LC_PAPER, saved);
      g_test_skip ("The en_US.UTF-8 locale is not installed");
      return;
    }
  vigil_report_paper_get_default (&width, &height);
  g_assert_cmpfloat (width, ==, 612);
  g_assert_cmpfloat (height, ==, 792);

  pdf = vigil_report_render_pdf (fixture->context, fixture->profile, &error);
  g_assert_no_error (error);
  g_assert_true (bytes_contain (pdf, "/MediaBox [ 0 0 612 792 ]"));
  setlocale (LC_PAPER, saved);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  /* Dates in the golden file: a fixed report date, in a fixed zone. */
  g_setenv ("TZ", "UTC", TRUE);
  g_setenv ("VIGIL_REPORT_DATE", REPORT_DATE, TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/report/model", Fixture, NULL, fixture_setup, test_model, fixture_teardown);
  g_test_add ("/report/csv", Fixture, NULL, fixture_setup, test_csv, fixture_teardown);
  g_test_add ("/report/html", Fixture, NULL, fixture_setup, test_html, fixture_teardown);
  g_test_add ("/report/pdf", Fixture, NULL, fixture_setup, test_pdf, fixture_teardown);
  g_test_add_func ("/report/paper/from-mm", test_paper_from_mm);
  g_test_add ("/report/paper/locale", Fixture, NULL, fixture_setup, test_paper_locale,
              fixture_teardown);

  return g_test_run ();
}
