/* vigil-report-pages.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-report"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vigil-report-layout-private.h"
#include "vigil-report-text.h"

/* What the printed report says, in order: a title page, progress per section, every item
 * section by section, then the framework table. Page breaks and layout are the layout's. */

#define ITEM_INDENT 12.0

static const char *
status_colour (VigilItemStatus status)
{
  switch (status)
    {
    case VIGIL_ITEM_STATUS_DONE:
      return "#26a269";
    case VIGIL_ITEM_STATUS_IN_PROGRESS:
      return "#1c71d8";
    case VIGIL_ITEM_STATUS_RISK_ACCEPTED:
      return "#c64600";
    case VIGIL_ITEM_STATUS_NOT_APPLICABLE:
      return "#77767b";
    case VIGIL_ITEM_STATUS_TODO:
    default:
      return "#241f31";
    }
}

static char *
escape_take (char *text)
{
  g_autofree char *owned = text;

  return g_markup_escape_text (owned, -1);
}

/* "<b>Owner</b>: Amira", with the value escaped and the punctuation the language's. */
static char *
format_field (VigilReportLabel  label,
              const char       *value)
{
  g_autofree char *name = g_markup_printf_escaped ("<b>%s</b>", vigil_report_label (label));
  g_autofree char *escaped = g_markup_escape_text (value, -1);

  /* Translators: a field of a checklist item in a report, such as "Owner: Amira" */
  return g_strdup_printf (C_("report field", "%s: %s"), name, escaped);
}

static void
add_title_page (VigilReportLayout *self,
                VigilReportModel  *model)
{
  g_autofree char *title = vigil_report_dup_title (model);
  g_autofree char *made_on = vigil_report_dup_made_on (model);
  g_autofree char *percent = vigil_report_format_percent (vigil_progress_fraction (&model->progress));
  g_autofree char *done = vigil_report_format_progress (&model->progress);
  g_autofree char *markup = NULL;
  const double widths[] = { 0.5, 0.5 };
  const char *header[] = { _("Status"), C_("report field", "Steps") };
  const struct { VigilItemStatus status; guint count; } counts[] = {
    { VIGIL_ITEM_STATUS_DONE, model->progress.done },
    { VIGIL_ITEM_STATUS_IN_PROGRESS, model->progress.in_progress },
    { VIGIL_ITEM_STATUS_TODO, model->progress.applicable - model->progress.done -
                              model->progress.in_progress - model->progress.risk_accepted },
    { VIGIL_ITEM_STATUS_RISK_ACCEPTED, model->progress.risk_accepted },
    { VIGIL_ITEM_STATUS_NOT_APPLICABLE, model->progress.not_applicable },
  };

  markup = g_markup_escape_text (title, -1);
  _vigil_report_layout_add_text (self, VIGIL_REPORT_STYLE_TITLE, 0, 0, 0, markup);
  g_clear_pointer (&markup, g_free);
  markup = g_markup_printf_escaped ("<span foreground=\"#5e5c64\">%s\n%s</span>",
                                    vigil_report_kind_label (model->kind), made_on);
  _vigil_report_layout_add_text (self, VIGIL_REPORT_STYLE_SUBTITLE, 0, 8, 0, markup);
  g_clear_pointer (&markup, g_free);

  markup = g_markup_escape_text (percent, -1);
  _vigil_report_layout_add_text (self, VIGIL_REPORT_STYLE_FIGURE, 0, 72, 0, markup);
  g_clear_pointer (&markup, g_free);
  markup = g_markup_escape_text (done, -1);
  _vigil_report_layout_add_text (self, VIGIL_REPORT_STYLE_SUBTITLE, 0, 2, 0, markup);
  _vigil_report_layout_add_bar (self, vigil_progress_fraction (&model->progress), 14, 12);

  _vigil_report_layout_add_text (self, VIGIL_REPORT_STYLE_BODY, 0, 36, 0, "");
  _vigil_report_layout_begin_table (self, G_N_ELEMENTS (widths), widths, header);
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      g_autofree char *status = g_markup_printf_escaped ("<span foreground=\"%s\">%s</span>",
                                                         status_colour (counts[i].status),
                                                         vigil_report_status_label (counts[i].status));
      g_autofree char *count = g_strdup_printf ("%u", counts[i].count);
      const char *cells[] = { status, count };

      _vigil_report_layout_add_row (self, cells, -1);
    }
}

static void
add_progress_page (VigilReportLayout *self,
                   VigilReportModel  *model)
{
  g_autofree char *heading = g_markup_escape_text (_("Progress by Section"), -1);
  const double widths[] = { 0.44, 0.26, 0.1, 0.2 };
  const char *header[] = { vigil_report_label (VIGIL_REPORT_LABEL_SECTION), _("Progress"),
                           NULL, NULL };

  _vigil_report_layout_page_break (self);
  _vigil_report_layout_add_text (self, VIGIL_REPORT_STYLE_HEADING, 0, 0,
                                 VIGIL_REPORT_BLOCK_KEEP_WITH_NEXT | VIGIL_REPORT_BLOCK_OUTLINE,
                                 heading);
  _vigil_report_layout_add_text (self, VIGIL_REPORT_STYLE_BODY, 0, 0, 0, "");
  _vigil_report_layout_begin_table (self, G_N_ELEMENTS (widths), widths, header);

  for (guint s = 0; s < model->sections->len; s++)
    {
      VigilReportSection *section = g_ptr_array_index (model->sections, s);
      g_autofree char *title = NULL;
      g_autofree char *done = NULL;
      g_autofree char *percent = NULL;
      const char *cells[4];

      /* The profile's own steps are not counted, as on the dashboard. */
      if (section->id == NULL)
        continue;
      title = g_markup_escape_text (section->title, -1);
      done = escape_take (vigil_report_format_progress (&section->progress));
      percent = escape_take (vigil_report_format_percent (vigil_progress_fraction (&section->progress)));
      cells[0] = title;
      cells[1] = done;
      cells[2] = percent;
      cells[3] = NULL;
      _vigil_report_layout_add_row (self, cells, vigil_progress_fraction (&section->progress));
    }
}

static void
add_item (VigilReportLayout *self,
          VigilReportItem   *item)
{
  VigilItemState *state = item->state;
  g_autoptr(GPtrArray) facts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *title = NULL;
  g_autofree char *due = vigil_report_format_date (state->due);
  g_autofree char *review = vigil_report_format_time (item->review_due);
  g_autofree char *until = vigil_report_format_date (vigil_report_item_until (item));
  const char *reason = vigil_report_item_reason (item);

  title = g_markup_printf_escaped (item->custom ? "<i>%s</i>" : "%s", item->title);
  _vigil_report_layout_add_text (self, VIGIL_REPORT_STYLE_ITEM, 0, 9,
                                 VIGIL_REPORT_BLOCK_KEEP_WITH_NEXT, title);

  /* The short facts share a line: status · owner · due date · review date. */
  g_ptr_array_add (facts, g_markup_printf_escaped ("<span foreground=\"%s\"><b>%s</b></span>",
                                                   status_colour (state->status),
                                                   vigil_report_status_label (state->status)));
  if (state->owner != NULL && *state->owner != '\0')
    g_ptr_array_add (facts, format_field (VIGIL_REPORT_LABEL_OWNER, state->owner));
  if (due != NULL)
    g_ptr_array_add (facts, format_field (VIGIL_REPORT_LABEL_DUE, due));
  if (review != NULL)
    g_ptr_array_add (facts, format_field (VIGIL_REPORT_LABEL_REVIEW, review));
  if (until != NULL)
    g_ptr_array_add (facts, format_field (VIGIL_REPORT_LABEL_UNTIL, until));
  g_ptr_array_add (facts, NULL);
  {
    g_autofree char *line = g_strjoinv ("  ·  ", (char **)facts->pdata);

    _vigil_report_layout_add_text (self, VIGIL_REPORT_STYLE_BODY, ITEM_INDENT, 2, 0, line);
  }

  /* Longer texts get paragraphs of their own, which may go on over a page break. */
  if (reason != NULL && *reason != '\0')
    {
      g_autofree char *markup = format_field (VIGIL_REPORT_LABEL_REASON, reason);

      _vigil_report_layout_add_text (self, VIGIL_REPORT_STYLE_BODY, ITEM_INDENT, 2, 0, markup);
    }
  if (state->note != NULL && *state->note != '\0')
    {
      g_autofree char *markup = format_field (VIGIL_REPORT_LABEL_NOTE, state->note);

      _vigil_report_layout_add_text (self, VIGIL_REPORT_STYLE_BODY, ITEM_INDENT, 2, 0, markup);
    }
  if (item->evidence->len > 0)
    {
      g_autoptr(GString) markup = g_string_new (NULL);

      g_string_append_printf (markup, "<b>%s</b>",
                              vigil_report_label (VIGIL_REPORT_LABEL_EVIDENCE));
      for (guint i = 0; i < item->evidence->len; i++)
        {
          g_autofree char *line = g_markup_escape_text (g_ptr_array_index (item->evidence, i), -1);

          g_string_append_printf (markup, "\n•  %s", line);
        }
      _vigil_report_layout_add_text (self, VIGIL_REPORT_STYLE_BODY, ITEM_INDENT, 2, 0,
                                     markup->str);
    }
}

static void
add_section (VigilReportLayout  *self,
             VigilReportSection *section)
{
  g_autofree char *heading = g_markup_escape_text (section->title, -1);

  _vigil_report_layout_page_break (self);
  _vigil_report_layout_add_text (self, VIGIL_REPORT_STYLE_HEADING, 0, 0,
                                 VIGIL_REPORT_BLOCK_KEEP_WITH_NEXT | VIGIL_REPORT_BLOCK_OUTLINE,
                                 heading);

  for (guint g = 0; g < section->guidelines->len; g++)
    {
      VigilReportGuideline *guideline = g_ptr_array_index (section->guidelines, g);

      /* The profile's own list has no guideline of its own: the section says it all. */
      if (guideline->id != NULL)
        {
          g_autofree char *title = g_markup_escape_text (guideline->title, -1);

          _vigil_report_layout_add_text (self, VIGIL_REPORT_STYLE_SUBHEADING, 0, 16,
                                         VIGIL_REPORT_BLOCK_KEEP_WITH_NEXT, title);
        }
      if (guideline->references->len > 0)
        {
          g_autoptr(GString) markup = g_string_new ("<span foreground=\"#5e5c64\">");

          g_string_append_printf (markup, "<b>%s</b>",
                                  vigil_report_label (VIGIL_REPORT_LABEL_REFERENCES));
          for (guint r = 0; r < guideline->references->len; r++)
            {
              g_autofree char *line = g_markup_escape_text (g_ptr_array_index (guideline->references, r), -1);

              g_string_append_printf (markup, "\n%s", line);
            }
          g_string_append (markup, "</span>");
          _vigil_report_layout_add_text (self, VIGIL_REPORT_STYLE_SMALL, 0, 3,
                                         VIGIL_REPORT_BLOCK_KEEP_WITH_NEXT, markup->str);
        }
      for (guint i = 0; i < guideline->items->len; i++)
        add_item (self, g_ptr_array_index (guideline->items, i));
    }
}

static void
add_frameworks (VigilReportLayout *self,
                VigilReportModel  *model)
{
  g_autofree char *heading = g_markup_escape_text (_("Framework Coverage"), -1);
  g_autofree char *explanation = g_markup_escape_text (_("A control is covered when every "
                                                         "applicable step of the guidance "
                                                         "citing it is done."), -1);
  const double widths[] = { 0.58, 0.18, 0.24 };
  const char *header[] = { C_("report field", "Control"), _("Status"), _("Progress") };

  _vigil_report_layout_page_break (self);
  _vigil_report_layout_add_text (self, VIGIL_REPORT_STYLE_HEADING, 0, 0,
                                 VIGIL_REPORT_BLOCK_KEEP_WITH_NEXT | VIGIL_REPORT_BLOCK_OUTLINE,
                                 heading);
  _vigil_report_layout_add_text (self, VIGIL_REPORT_STYLE_BODY, 0, 4, 0, explanation);

  for (guint f = 0; f < model->frameworks->len; f++)
    {
      VigilReportFramework *framework = g_ptr_array_index (model->frameworks, f);
      g_autofree char *name = g_markup_escape_text (framework->name, -1);
      g_autofree char *summary = vigil_report_format_framework (framework);
      g_autofree char *markup = g_markup_printf_escaped ("<span foreground=\"#5e5c64\">%s</span>",
                                                         summary);

      _vigil_report_layout_add_text (self, VIGIL_REPORT_STYLE_SUBHEADING, 0, 18,
                                     VIGIL_REPORT_BLOCK_KEEP_WITH_NEXT, name);
      _vigil_report_layout_add_text (self, VIGIL_REPORT_STYLE_SMALL, 0, 2,
                                     framework->controls->len > 0
                                       ? VIGIL_REPORT_BLOCK_KEEP_WITH_NEXT : 0,
                                     markup);
      if (framework->controls->len == 0)
        continue;

      _vigil_report_layout_begin_table (self, G_N_ELEMENTS (widths), widths, header);
      for (guint c = 0; c < framework->controls->len; c++)
        {
          VigilReportControl *control = g_ptr_array_index (framework->controls, c);
          g_autofree char *label = g_markup_printf_escaped ("<b>%s</b>  %s", control->id,
                                                            control->title != NULL
                                                              ? control->title : "");
          g_autofree char *coverage = g_markup_escape_text (vigil_report_coverage_label (control->coverage), -1);
          g_autofree char *done = escape_take (vigil_report_format_control (control));
          const char *cells[] = { label, coverage, done };

          _vigil_report_layout_add_row (self, cells, -1);
        }
    }
}

void
_vigil_report_pages_build (VigilReportLayout *self,
                           VigilReportModel  *model)
{
  add_title_page (self, model);
  add_progress_page (self, model);
  for (guint s = 0; s < model->sections->len; s++)
    add_section (self, g_ptr_array_index (model->sections, s));
  add_frameworks (self, model);
}

/*
 * The handout: a lesson's slides on paper, for the people attending. Only the deck's text,
 * in the deck's language: the layout's own words are its page footer, which the deck
 * brings too.
 */

#define HANDOUT_INDENT 18.0

static void
add_handout_title_page (VigilReportLayout *self,
                        VigilSlideDeck    *deck)
{
  const VigilSlide *slide = vigil_slide_deck_get_slide (deck, 0);
  guint n_slides = vigil_slide_deck_get_n_slides (deck);
  /* Numbers only: the date must not take the desktop's language when the deck has another. */
  g_autofree char *date = g_date_time_format (_vigil_report_layout_get_date (self), "%Y-%m-%d");
  g_autofree char *markup = NULL;

  markup = g_markup_escape_text (slide->title, -1);
  _vigil_report_layout_add_text (self, VIGIL_REPORT_STYLE_TITLE, 0, 0, 0, markup);
  g_clear_pointer (&markup, g_free);
  markup = g_markup_printf_escaped ("<span foreground=\"#5e5c64\">%s\n%s</span>",
                                    slide->summary, date);
  _vigil_report_layout_add_text (self, VIGIL_REPORT_STYLE_SUBTITLE, 0, 8, 0, markup);

  if (n_slides == 1)
    {
      g_clear_pointer (&markup, g_free);
      markup = g_markup_escape_text (vigil_slide_deck_get_label (deck, VIGIL_SLIDE_LABEL_EMPTY), -1);
      _vigil_report_layout_add_text (self, VIGIL_REPORT_STYLE_BODY, 0, 36, 0, markup);
      return;
    }

  /* What the lesson covers, in its order. */
  for (guint i = 1; i < n_slides; i++)
    {
      g_autofree char *title = g_markup_escape_text (vigil_slide_deck_get_slide (deck, i)->title, -1);

      _vigil_report_layout_add_text (self, VIGIL_REPORT_STYLE_BODY, HANDOUT_INDENT,
                                     i == 1 ? 36 : 4, VIGIL_REPORT_BLOCK_BULLET, title);
    }
}

static void
add_handout_label (VigilReportLayout *self,
                   VigilSlideDeck    *deck,
                   VigilSlideLabel    label)
{
  g_autofree char *markup = g_markup_escape_text (vigil_slide_deck_get_label (deck, label), -1);

  _vigil_report_layout_add_text (self, VIGIL_REPORT_STYLE_SUBHEADING, 0, 14,
                                 VIGIL_REPORT_BLOCK_KEEP_WITH_NEXT, markup);
}

/* A guideline is kept on one page (unless it is longer than a page): a checklist going on
 * over a page break would leave its last boxes under another guideline's title. So every
 * block of it but the last is kept with the next. */
static void
add_handout_guideline (VigilReportLayout *self,
                       VigilSlideDeck    *deck,
                       const VigilSlide  *slide)
{
  const VigilReportBlockFlags keep = VIGIL_REPORT_BLOCK_KEEP_WITH_NEXT;
  gboolean has_summary = slide->summary != NULL && *slide->summary != '\0';
  g_autofree char *title = g_markup_escape_text (slide->title, -1);

  _vigil_report_layout_add_text (self, VIGIL_REPORT_STYLE_HEADING, 0, 32,
                                 VIGIL_REPORT_BLOCK_OUTLINE |
                                 (has_summary || slide->steps->len > 0 || slide->why->len > 0
                                    ? keep : 0),
                                 title);
  if (has_summary)
    {
      g_autofree char *summary = g_markup_escape_text (slide->summary, -1);

      _vigil_report_layout_add_text (self, VIGIL_REPORT_STYLE_BODY, 0, 6,
                                     slide->steps->len > 0 || slide->why->len > 0 ? keep : 0,
                                     summary);
    }

  /* Empty boxes, for attendees to tick on paper what they have done. */
  if (slide->steps->len > 0)
    add_handout_label (self, deck, VIGIL_SLIDE_LABEL_KEY_STEPS);
  for (guint i = 0; i < slide->steps->len; i++)
    {
      VigilSlideStep *step = g_ptr_array_index (slide->steps, i);
      g_autofree char *markup = g_markup_escape_text (step->title, -1);
      gboolean last = i + 1 == slide->steps->len && slide->why->len == 0;

      _vigil_report_layout_add_text (self, VIGIL_REPORT_STYLE_BODY, HANDOUT_INDENT,
                                     i == 0 ? 6 : 5,
                                     VIGIL_REPORT_BLOCK_CHECKBOX | (last ? 0 : keep), markup);
    }

  if (slide->why->len > 0)
    add_handout_label (self, deck, VIGIL_SLIDE_LABEL_WHY);
  for (guint i = 0; i < slide->why->len; i++)
    {
      g_autofree char *markup = g_markup_escape_text (g_ptr_array_index (slide->why, i), -1);
      gboolean last = i + 1 == slide->why->len;

      _vigil_report_layout_add_text (self, VIGIL_REPORT_STYLE_BODY, HANDOUT_INDENT,
                                     i == 0 ? 6 : 3,
                                     VIGIL_REPORT_BLOCK_BULLET | (last ? 0 : keep), markup);
    }
}

void
_vigil_report_pages_build_handout (VigilReportLayout *self,
                                   VigilSlideDeck    *deck)
{
  add_handout_title_page (self, deck);

  for (guint i = 1; i < vigil_slide_deck_get_n_slides (deck); i++)
    {
      if (i == 1)
        _vigil_report_layout_page_break (self);
      add_handout_guideline (self, deck, vigil_slide_deck_get_slide (deck, i));
    }
}
