/* vigil-report-html.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-report"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vigil-report.h"
#include "vigil-report-model.h"
#include "vigil-report-text.h"

/* One file that opens anywhere and leaks nothing: the style is inline, there are no
 * scripts, fonts, images or links to load, and evidence links stay plain text, so opening
 * the report never tells a server that someone is reading it. */
static const char style[] =
  "body{font-family:Cantarell,'Noto Sans','DejaVu Sans',sans-serif;color:#241f31;"
  "max-width:60em;margin:2em auto;padding:0 1em;line-height:1.4}"
  "h1{font-size:2em;margin-bottom:.2em}"
  "h2{border-bottom:2px solid #3584e4;padding-bottom:.2em;margin-top:2em}"
  "h3{margin:1.5em 0 .3em}"
  "h4{margin:0 0 .3em;font-size:1em}"
  ".meta{color:#5e5c64;margin:.2em 0}"
  ".overall{font-size:1.3em;margin:1em 0 .4em}"
  ".bar{background:#deddda;border-radius:3px;height:.7em;min-width:8em}"
  ".bar>span{display:block;background:#2ec27e;border-radius:3px;height:100%}"
  "table{border-collapse:collapse;width:100%;margin:.5em 0}"
  "th,td{text-align:left;vertical-align:top;padding:.3em .5em;border-bottom:1px solid #deddda}"
  "th{background:#f6f5f4}"
  "td.num{white-space:nowrap}"
  ".refs{color:#5e5c64;font-size:.9em;margin:0 0 .5em}"
  ".item{border-left:4px solid #c0bfbc;padding:.3em .8em;margin:.6em 0}"
  ".item.done{border-color:#2ec27e}"
  ".item.in-progress{border-color:#3584e4}"
  ".item.risk-accepted{border-color:#e5a50a}"
  ".item.not-applicable{border-color:#9a9996}"
  ".status{font-weight:bold;margin:.1em 0}"
  ".done .status{color:#26a269}.in-progress .status{color:#1c71d8}"
  ".risk-accepted .status{color:#c64600}.not-applicable .status{color:#77767b}"
  "table.counts{width:auto;min-width:18em}"
  "dl{display:grid;grid-template-columns:max-content 1fr;gap:.1em 1em;margin:.3em 0}"
  "dt{color:#5e5c64}dd{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}"
  "ul{margin:0;padding-left:1.2em}"
  ".custom{font-style:italic}"
  "@media print{"
  "body{max-width:none;margin:0;font-size:10pt}"
  "section.page{break-before:page}"
  "thead{display:table-header-group}"
  "tr,.item{break-inside:avoid}"
  "h2,h3,h4{break-after:avoid}"
  "*{print-color-adjust:exact;-webkit-print-color-adjust:exact}"
  "}";

static void
append_escaped (GString    *html,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text != NULL ? text : "", -1);

  g_string_append (html, escaped);
}

static void
append_element (GString    *html,
                const char *tag,
                const char *class_name,
                const char *text)
{
  g_string_append_printf (html, "<%s", tag);
  if (class_name != NULL)
    g_string_append_printf (html, " class=\"%s\"", class_name);
  g_string_append_c (html, '>');
  append_escaped (html, text);
  g_string_append_printf (html, "</%s>\n", tag);
}

static void
append_bar (GString *html,
            double   fraction)
{
  g_string_append_printf (html, "<div class=\"bar\"><span style=\"width:%u%%\"></span></div>",
                          (guint)(CLAMP (fraction, 0, 1) * 100 + 0.5));
}

static void
append_title (GString          *html,
              VigilReportModel *model)
{
  g_autofree char *title = vigil_report_dup_title (model);
  g_autofree char *made_on = vigil_report_dup_made_on (model);
  g_autofree char *percent = vigil_report_format_percent (vigil_progress_fraction (&model->progress));
  g_autofree char *done = vigil_report_format_progress (&model->progress);
  const struct { VigilItemStatus status; guint count; } counts[] = {
    { VIGIL_ITEM_STATUS_DONE, model->progress.done },
    { VIGIL_ITEM_STATUS_IN_PROGRESS, model->progress.in_progress },
    { VIGIL_ITEM_STATUS_TODO, model->progress.applicable - model->progress.done -
                              model->progress.in_progress - model->progress.risk_accepted },
    { VIGIL_ITEM_STATUS_RISK_ACCEPTED, model->progress.risk_accepted },
    { VIGIL_ITEM_STATUS_NOT_APPLICABLE, model->progress.not_applicable },
  };

  g_string_append (html, "<header>\n");
  append_element (html, "h1", NULL, title);
  append_element (html, "p", "meta", vigil_report_kind_label (model->kind));
  append_element (html, "p", "meta", made_on);
  g_string_append (html, "<p class=\"overall\"><strong>");
  append_escaped (html, percent);
  g_string_append (html, "</strong> · ");
  append_escaped (html, done);
  g_string_append (html, "</p>\n");
  append_bar (html, vigil_progress_fraction (&model->progress));
  g_string_append (html, "\n<table class=\"counts\">\n<tbody>\n");
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      g_string_append (html, "<tr><th scope=\"row\">");
      append_escaped (html, vigil_report_status_label (counts[i].status));
      g_string_append_printf (html, "</th><td class=\"num\">%u</td></tr>\n", counts[i].count);
    }
  g_string_append (html, "</tbody>\n</table>\n</header>\n");
}

static void
append_progress (GString          *html,
                 VigilReportModel *model)
{
  g_string_append (html, "<section class=\"page\">\n");
  append_element (html, "h2", NULL, _("Progress by Section"));
  g_string_append (html, "<table>\n<thead><tr><th>");
  append_escaped (html, vigil_report_label (VIGIL_REPORT_LABEL_SECTION));
  g_string_append (html, "</th><th>");
  append_escaped (html, _("Progress"));
  g_string_append (html, "</th><th></th><th></th></tr></thead>\n<tbody>\n");

  for (guint s = 0; s < model->sections->len; s++)
    {
      VigilReportSection *section = g_ptr_array_index (model->sections, s);
      g_autofree char *done = NULL;
      g_autofree char *percent = NULL;

      /* The profile's own steps are not counted, as on the dashboard. */
      if (section->id == NULL)
        continue;
      done = vigil_report_format_progress (&section->progress);
      percent = vigil_report_format_percent (vigil_progress_fraction (&section->progress));
      g_string_append (html, "<tr><td>");
      append_escaped (html, section->title);
      g_string_append (html, "</td><td class=\"num\">");
      append_escaped (html, done);
      g_string_append (html, "</td><td class=\"num\">");
      append_escaped (html, percent);
      g_string_append (html, "</td><td style=\"width:30%\">");
      append_bar (html, vigil_progress_fraction (&section->progress));
      g_string_append (html, "</td></tr>\n");
    }

  g_string_append (html, "</tbody>\n</table>\n</section>\n");
}

static void
append_field (GString          *html,
              VigilReportLabel  label,
              const char       *value)
{
  if (value == NULL || *value == '\0')
    return;

  g_string_append (html, "<dt>");
  append_escaped (html, vigil_report_label (label));
  g_string_append (html, "</dt><dd>");
  append_escaped (html, value);
  g_string_append (html, "</dd>\n");
}

static void
append_item (GString         *html,
             VigilReportItem *item)
{
  VigilItemState *state = item->state;
  g_autofree char *due = vigil_report_format_date (state->due);
  g_autofree char *review = vigil_report_format_time (item->review_due);
  g_autofree char *until = vigil_report_format_date (vigil_report_item_until (item));

  g_string_append_printf (html, "<article class=\"item %s\">\n",
                          vigil_item_status_to_id (state->status));
  append_element (html, "h4", item->custom ? "custom" : NULL, item->title);
  append_element (html, "p", "status", vigil_report_status_label (state->status));
  g_string_append (html, "<dl>\n");
  append_field (html, VIGIL_REPORT_LABEL_OWNER, state->owner);
  append_field (html, VIGIL_REPORT_LABEL_DUE, due);
  append_field (html, VIGIL_REPORT_LABEL_REVIEW, review);
  append_field (html, VIGIL_REPORT_LABEL_REASON, vigil_report_item_reason (item));
  append_field (html, VIGIL_REPORT_LABEL_UNTIL, until);
  append_field (html, VIGIL_REPORT_LABEL_NOTE, state->note);
  if (item->evidence->len > 0)
    {
      g_string_append (html, "<dt>");
      append_escaped (html, vigil_report_label (VIGIL_REPORT_LABEL_EVIDENCE));
      g_string_append (html, "</dt><dd><ul>\n");
      for (guint i = 0; i < item->evidence->len; i++)
        append_element (html, "li", NULL, g_ptr_array_index (item->evidence, i));
      g_string_append (html, "</ul></dd>\n");
    }
  g_string_append (html, "</dl>\n</article>\n");
}

static void
append_section (GString            *html,
                VigilReportSection *section)
{
  g_string_append (html, "<section class=\"page\">\n");
  append_element (html, "h2", NULL, section->title);

  for (guint g = 0; g < section->guidelines->len; g++)
    {
      VigilReportGuideline *guideline = g_ptr_array_index (section->guidelines, g);

      /* The profile's own list has no guideline of its own: the section says it all. */
      if (guideline->id != NULL)
        append_element (html, "h3", NULL, guideline->title);
      if (guideline->references->len > 0)
        {
          g_autofree char *joined = NULL;

          g_ptr_array_add (guideline->references, NULL);
          joined = g_strjoinv ("; ", (char **)guideline->references->pdata);
          g_ptr_array_remove_index (guideline->references, guideline->references->len - 1);
          g_string_append (html, "<p class=\"refs\">");
          append_escaped (html, vigil_report_label (VIGIL_REPORT_LABEL_REFERENCES));
          g_string_append (html, ": ");
          append_escaped (html, joined);
          g_string_append (html, "</p>\n");
        }
      for (guint i = 0; i < guideline->items->len; i++)
        append_item (html, g_ptr_array_index (guideline->items, i));
    }

  g_string_append (html, "</section>\n");
}

static void
append_frameworks (GString          *html,
                   VigilReportModel *model)
{
  g_string_append (html, "<section class=\"page\">\n");
  append_element (html, "h2", NULL, _("Framework Coverage"));
  append_element (html, "p", NULL, _("A control is covered when every applicable step of "
                                     "the guidance citing it is done."));

  for (guint f = 0; f < model->frameworks->len; f++)
    {
      VigilReportFramework *framework = g_ptr_array_index (model->frameworks, f);
      g_autofree char *summary = vigil_report_format_framework (framework);

      append_element (html, "h3", NULL, framework->name);
      append_element (html, "p", "meta", summary);
      if (framework->controls->len == 0)
        continue;

      g_string_append (html, "<table>\n<thead><tr><th>");
      append_escaped (html, C_("report field", "Control"));
      g_string_append (html, "</th><th>");
      append_escaped (html, _("Status"));
      g_string_append (html, "</th><th>");
      append_escaped (html, _("Progress"));
      g_string_append (html, "</th></tr></thead>\n<tbody>\n");
      for (guint c = 0; c < framework->controls->len; c++)
        {
          VigilReportControl *control = g_ptr_array_index (framework->controls, c);
          g_autofree char *done = vigil_report_format_control (control);

          g_string_append (html, "<tr><td>");
          append_escaped (html, control->id);
          g_string_append (html, " ");
          append_escaped (html, control->title);
          g_string_append (html, "</td><td>");
          append_escaped (html, vigil_report_coverage_label (control->coverage));
          g_string_append (html, "</td><td class=\"num\">");
          append_escaped (html, done);
          g_string_append (html, "</td></tr>\n");
        }
      g_string_append (html, "</tbody>\n</table>\n");
    }

  g_string_append (html, "</section>\n");
}

/**
 * vigil_report_render_html:
 * @profile_id: the profile to report on; it need not be the current one
 *
 * A self-contained page in the UI language that prints well: every section starts a new
 * page, table headers repeat, and items are not split.
 *
 * Returns: (transfer full): the file's bytes, or %NULL with @error set
 */
GBytes *
vigil_report_render_html (VigilContext  *context,
                          gint64         profile_id,
                          GError       **error)
{
  g_autoptr(VigilReportModel) model = NULL;
  g_autoptr(GString) html = g_string_new (NULL);
  g_autofree char *title = NULL;

  g_return_val_if_fail (VIGIL_IS_CONTEXT (context), NULL);

  model = vigil_report_model_new (context, profile_id, error);
  if (model == NULL)
    return NULL;
  title = vigil_report_dup_title (model);

  g_string_append (html, "<!DOCTYPE html>\n<html lang=\"");
  /* Translators: the code of your language for web pages (BCP 47), such as "de" or
   * "pt-BR"; reports written as web pages declare it */
  append_escaped (html, C_("html lang", "en"));
  g_string_append (html, "\">\n<head>\n<meta charset=\"utf-8\">\n"
                         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                         "<meta name=\"generator\" content=\"Vigil\">\n<title>");
  append_escaped (html, title);
  g_string_append_printf (html, "</title>\n<style>%s</style>\n</head>\n<body>\n", style);

  append_title (html, model);
  append_progress (html, model);
  for (guint s = 0; s < model->sections->len; s++)
    append_section (html, g_ptr_array_index (model->sections, s));
  append_frameworks (html, model);

  g_string_append (html, "</body>\n</html>\n");

  return g_string_free_to_bytes (g_steal_pointer (&html));
}
