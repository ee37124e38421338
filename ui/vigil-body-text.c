/* vigil-body-text.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-body-text"

#include "config.h"

#include "vigil-body-text.h"
#include "vigil-text.h"

/* Shows catalog text: paragraphs, bullet lists, and "[words](id)" links that open the
 * linked page through the win.show action. */
struct _VigilBodyText
{
  GtkBox  parent_instance;

  char   *text;
};

G_DEFINE_FINAL_TYPE (VigilBodyText, vigil_body_text, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static gboolean
on_activate_link_cb (GtkLabel   *label,
                     const char *uri,
                     gpointer    user_data)
{
  if (!g_str_has_prefix (uri, "vigil:"))
    return FALSE;

  gtk_widget_activate_action (GTK_WIDGET (label), "win.show", "s", uri + strlen ("vigil:"));

  return TRUE;
}

static GtkWidget *
create_paragraph (const char *text)
{
  g_autofree char *markup = vigil_text_to_markup (text);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  /* GTK measures a wrapping label's minimum width by laying it out as narrow as it can go:
   * for word-char wrapping a paragraph one character a line, each line shaped anew. Twenty
   * characters keeps that to a few lines and still fits a 360 px window at the largest text
   * size (test /window/pages-fit-narrow-window). */
  gtk_label_set_width_chars (GTK_LABEL (label), 20);
  g_signal_connect (label, "activate-link", G_CALLBACK (on_activate_link_cb), NULL);

  return label;
}

/* A grid, not a horizontal box: GTK 4.8 finds a box's height for a width by measuring its
 * wrapping label at width after width (GtkBoxLayout's distribute_remaining_size); a grid
 * measures it once. Opening a guideline page took ~18 % longer with boxes and one
 * character a line (bench-pages). */
static GtkWidget *
create_bullet (const char *text)
{
  GtkWidget *box = gtk_grid_new ();
  GtkWidget *bullet = gtk_label_new ("•");
  GtkWidget *label = create_paragraph (text);

  gtk_widget_set_valign (bullet, GTK_ALIGN_START);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_grid_set_column_spacing (GTK_GRID (box), 8);
  gtk_grid_attach (GTK_GRID (box), bullet, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (box), label, 1, 0, 1, 1);

  return box;
}

static void
flush (GtkBox  *box,
       GString *text,
       gboolean bullet)
{
  if (text->len > 0)
    gtk_box_append (box, bullet ? create_bullet (text->str) : create_paragraph (text->str));
  g_string_truncate (text, 0);
}

/* Paragraphs split by a blank line; a line starting with "- " is a bullet, and a line that
 * follows a bullet without a blank line continues it. */
static void
rebuild (VigilBodyText *self)
{
  g_auto(GStrv) paragraphs = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_box_remove (GTK_BOX (self), child);

  if (self->text == NULL)
    return;

  paragraphs = g_strsplit (self->text, "\n\n", -1);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_auto(GStrv) lines = g_strsplit (paragraphs[i], "\n", -1);
      GtkWidget *bullets = NULL;

      for (guint j = 0; lines[j] != NULL; j++)
        {
          const char *line = g_strstrip (lines[j]);

          if (*line == '\0')
            continue;

          if (g_str_has_prefix (line, "- "))
            {
              if (bullets == NULL)
                {
                  flush (GTK_BOX (self), text, FALSE);
                  bullets = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
                  gtk_box_append (GTK_BOX (self), bullets);
                }
              else
                flush (GTK_BOX (bullets), text, TRUE);

              g_string_append (text, line + 2);
              continue;
            }

          if (text->len > 0)
            g_string_append_c (text, ' ');
          g_string_append (text, line);
        }

      if (bullets != NULL)
        flush (GTK_BOX (bullets), text, TRUE);
      flush (GTK_BOX (self), text, FALSE);
    }
}

static void
vigil_body_text_finalize (GObject *object)
{
  VigilBodyText *self = (VigilBodyText *)object;

  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (vigil_body_text_parent_class)->finalize (object);
}

static void
vigil_body_text_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  VigilBodyText *self = VIGIL_BODY_TEXT (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vigil_body_text_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  VigilBodyText *self = VIGIL_BODY_TEXT (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      vigil_body_text_set_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vigil_body_text_class_init (VigilBodyTextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vigil_body_text_finalize;
  object_class->get_property = vigil_body_text_get_property;
  object_class->set_property = vigil_body_text_set_property;

  properties [PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "bodytext");
}

static void
vigil_body_text_init (VigilBodyText *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 12);
}

GtkWidget *
vigil_body_text_new (void)
{
  return g_object_new (VIGIL_TYPE_BODY_TEXT, NULL);
}

const char *
vigil_body_text_get_text (VigilBodyText *self)
{
  g_return_val_if_fail (VIGIL_IS_BODY_TEXT (self), NULL);
  return self->text;
}

void
vigil_body_text_set_text (VigilBodyText *self,
                          const char    *text)
{
  g_return_if_fail (VIGIL_IS_BODY_TEXT (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  rebuild (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TEXT]);
}
