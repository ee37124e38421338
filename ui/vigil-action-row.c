/* vigil-action-row.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vigil-action-row.h"

/* Puts @child in column @column, row @row of @box, whose layout is a grid. */
static void
grid_attach (GtkWidget *box,
             GtkWidget *child,
             int        column,
             int        row)
{
  GtkLayoutChild *layout_child;

  gtk_box_append (GTK_BOX (box), child);
  layout_child = gtk_layout_manager_get_layout_child (gtk_widget_get_layout_manager (box), child);
  gtk_grid_layout_child_set_column (GTK_GRID_LAYOUT_CHILD (layout_child), column);
  gtk_grid_layout_child_set_row (GTK_GRID_LAYOUT_CHILD (layout_child), row);
}

/* A box laid out as a grid: the style sheet's rules for AdwActionRow's boxes still apply,
 * but measuring it does not search (see vigil_action_row_new). */
static GtkWidget *
grid_box_new (const char *css_class)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_widget_set_layout_manager (box, gtk_grid_layout_new ());
  gtk_widget_add_css_class (box, css_class);

  return box;
}

static GtkWidget *
label_new (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  /* GTK measures a wrapping label's minimum width by laying it out with a break at every
   * opportunity, for word-char wrapping one character a line, which pango shapes anew for
   * every line. A minimum of a few characters, far less than a row ever gives its text in
   * Vigil's narrowest window, makes that a handful of lines. */
  gtk_label_set_width_chars (GTK_LABEL (label), 8);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, css_class);

  return label;
}

/**
 * vigil_action_row_new:
 * @subtitle: (nullable): the second line
 * @subtitle_lines: how many lines the subtitle may take before it is ellipsized; 0 for all
 * @suffix: (nullable): a widget before the row's arrow
 *
 * A list row that opens something: a title, a subtitle and an arrow. It looks and reads
 * like an AdwActionRow (the same nodes, style classes and accessible relations), but its
 * boxes are laid out as grids: GTK 4.8 measures a box holding wrapping labels by searching,
 * re-laying the text out dozens of times. An AdwActionRow cost ~30 M instructions to show,
 * this row ~7 M; Home's next steps and every list of links are made of them.
 *
 * Returns: (transfer floating): a #GtkListBoxRow, activatable
 */
GtkWidget *
vigil_action_row_new (const char *title,
                      const char *subtitle,
                      int         subtitle_lines,
                      GtkWidget  *suffix)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *header = grid_box_new ("header");
  GtkWidget *titles = grid_box_new ("title");
  GtkWidget *suffixes = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *title_label = label_new (title, "title");
  GtkWidget *subtitle_label = NULL;

  gtk_widget_set_valign (titles, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (titles, TRUE);
  grid_attach (titles, title_label, 0, 0);
  if (subtitle != NULL && *subtitle != '\0')
    {
      subtitle_label = label_new (subtitle, "subtitle");
      if (subtitle_lines > 0)
        {
          gtk_label_set_lines (GTK_LABEL (subtitle_label), subtitle_lines);
          gtk_label_set_ellipsize (GTK_LABEL (subtitle_label), PANGO_ELLIPSIZE_END);
        }
      grid_attach (titles, subtitle_label, 0, 1);
    }

  gtk_widget_add_css_class (suffixes, "suffixes");
  if (suffix != NULL)
    gtk_box_append (GTK_BOX (suffixes), suffix);
  gtk_box_append (GTK_BOX (suffixes), gtk_image_new_from_icon_name ("go-next-symbolic"));

  /* One homogeneous row takes the whole height, as a box's cells do. */
  gtk_grid_layout_set_row_homogeneous (GTK_GRID_LAYOUT (gtk_widget_get_layout_manager (header)),
                                       TRUE);
  gtk_widget_set_valign (header, GTK_ALIGN_CENTER);
  grid_attach (header, titles, 0, 0);
  grid_attach (header, suffixes, 1, 0);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), header);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, title_label, NULL, -1);
  if (subtitle_label != NULL)
    gtk_accessible_update_relation (GTK_ACCESSIBLE (row),
                                    GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, subtitle_label, NULL,
                                    -1);

  return row;
}
