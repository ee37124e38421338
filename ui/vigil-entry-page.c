/* vigil-entry-page.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-entry-page"

#include "config.h"

#include <glib/gi18n.h>

#include "vigil-body-text.h"
#include "vigil-entry-page.h"
#include "vigil-link-row.h"
#include "vigil-page-util.h"
#include "vigil-text.h"

struct _VigilEntryPage
{
  AdwBin         parent_instance;

  /* Template Widgets */
  VigilBodyText *body_text;
  GtkLabel      *clause_label;
  GtkLabel      *first_heading;
  GtkListBox    *first_list;
  GtkLabel      *kind_label;
  GtkBox        *references_box;
  GtkWidget     *references_heading;
  GtkWidget     *related_heading;
  GtkListBox    *related_list;
  GtkLabel      *reviewed_label;
  GtkLabel      *second_heading;
  GtkListBox    *second_list;
  GtkLabel      *summary_label;
  GtkWidget     *untranslated_label;
  GtkLabel      *title_label;

  /* Owned References */
  VigilEntry    *entry;
};

G_DEFINE_FINAL_TYPE (VigilEntryPage, vigil_entry_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_ENTRY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static const char *
category_to_string (const char *category)
{
  if (g_strcmp0 (category, "attack") == 0)
    return C_("threat category", "Attack");
  if (g_strcmp0 (category, "weakness") == 0)
    return C_("threat category", "Weakness");
  if (g_strcmp0 (category, "personal") == 0)
    return C_("asset category", "Personal asset");
  if (g_strcmp0 (category, "organizational") == 0)
    return C_("asset category", "Organizational asset");
  return NULL;
}

static void
bind_list (VigilEntryPage *self,
           GtkLabel       *heading,
           GtkListBox     *list,
           const char     *title,
           GListModel     *targets)
{
  gtk_label_set_label (heading, title);
  vigil_link_list_bind (list, GTK_WIDGET (heading), targets);
}

static void
fill_links (VigilEntryPage *self)
{
  VigilEntry *entry = self->entry;
  GListModel *guidelines = vigil_entry_get_guidelines (entry);
  GListModel *none = NULL;

  switch (vigil_entry_get_kind (entry))
    {
    case VIGIL_ENTRY_THREAT:
      bind_list (self, self->first_heading, self->first_list,
                 _("Guidelines That Protect You"), guidelines);
      bind_list (self, self->second_heading, self->second_list,
                 _("What It Puts at Risk"), vigil_entry_get_assets (entry));
      break;

    case VIGIL_ENTRY_ASSET:
      bind_list (self, self->first_heading, self->first_list,
                 _("Guidelines That Protect It"), guidelines);
      bind_list (self, self->second_heading, self->second_list,
                 _("Threats to It"), vigil_entry_get_threats (entry));
      break;

    case VIGIL_ENTRY_CONTROL:
      bind_list (self, self->first_heading, self->first_list,
                 _("Guidelines That Put It into Practice"), guidelines);
      bind_list (self, self->second_heading, self->second_list, "", none);
      break;

    case VIGIL_ENTRY_ROLE:
    case VIGIL_ENTRY_TERM:
    case VIGIL_ENTRY_ARTICLE:
    default:
      bind_list (self, self->first_heading, self->first_list, "", none);
      bind_list (self, self->second_heading, self->second_list, "", none);
      break;
    }

  vigil_link_list_bind (self->related_list, self->related_heading,
                        vigil_entry_get_related (entry));
}

static void
vigil_entry_page_constructed (GObject *object)
{
  VigilEntryPage *self = (VigilEntryPage *)object;
  VigilEntry *entry = self->entry;
  const char *category;
  VigilReference *clause;
  g_autofree char *kind = NULL;

  G_OBJECT_CLASS (vigil_entry_page_parent_class)->constructed (object);

  g_assert (VIGIL_IS_ENTRY (entry));

  category = category_to_string (vigil_entry_get_category (entry));
  /* Translators: the kind of a page and its category, e.g. "Threat · Attack" */
  kind = category != NULL ? g_strdup_printf (C_("entry kind", "%s · %s"),
                                             vigil_entry_kind_to_string (vigil_entry_get_kind (entry)),
                                             category)
                          : g_strdup (vigil_entry_kind_to_string (vigil_entry_get_kind (entry)));
  gtk_label_set_label (self->kind_label, kind);
  gtk_label_set_label (self->title_label, vigil_entry_get_title (entry));

  {
    g_autofree char *summary = vigil_text_to_markup (vigil_entry_get_summary (entry));
    gtk_label_set_markup (self->summary_label, summary);
  }

  vigil_body_text_set_text (self->body_text, vigil_entry_get_body (entry));
  gtk_widget_set_visible (GTK_WIDGET (self->body_text), vigil_entry_get_body (entry) != NULL);
  gtk_widget_set_visible (self->untranslated_label, vigil_entry_get_untranslated (entry));

  clause = vigil_entry_get_clause (entry);
  if (clause != NULL)
    {
      g_autofree char *label = vigil_reference_dup_label (clause);
      gtk_label_set_label (self->clause_label, label);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->clause_label), clause != NULL);

  fill_links (self);
  vigil_page_fill_references (self->references_box, self->references_heading,
                              vigil_entry_get_references (entry));
  vigil_page_set_reviewed (self->reviewed_label, vigil_entry_get_reviewed (entry));
}

static void
vigil_entry_page_dispose (GObject *object)
{
  VigilEntryPage *self = (VigilEntryPage *)object;

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), VIGIL_TYPE_ENTRY_PAGE);

  g_clear_object (&self->entry);

  G_OBJECT_CLASS (vigil_entry_page_parent_class)->dispose (object);
}

static void
vigil_entry_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  VigilEntryPage *self = VIGIL_ENTRY_PAGE (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      g_value_set_object (value, self->entry);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vigil_entry_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  VigilEntryPage *self = VIGIL_ENTRY_PAGE (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      self->entry = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vigil_entry_page_class_init (VigilEntryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = vigil_entry_page_constructed;
  object_class->dispose = vigil_entry_page_dispose;
  object_class->get_property = vigil_entry_page_get_property;
  object_class->set_property = vigil_entry_page_set_property;

  properties [PROP_ENTRY] =
    g_param_spec_object ("entry", NULL, NULL,
                         VIGIL_TYPE_ENTRY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/vigil-entry-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VigilEntryPage, body_text);
  gtk_widget_class_bind_template_child (widget_class, VigilEntryPage, clause_label);
  gtk_widget_class_bind_template_child (widget_class, VigilEntryPage, first_heading);
  gtk_widget_class_bind_template_child (widget_class, VigilEntryPage, first_list);
  gtk_widget_class_bind_template_child (widget_class, VigilEntryPage, kind_label);
  gtk_widget_class_bind_template_child (widget_class, VigilEntryPage, references_box);
  gtk_widget_class_bind_template_child (widget_class, VigilEntryPage, references_heading);
  gtk_widget_class_bind_template_child (widget_class, VigilEntryPage, related_heading);
  gtk_widget_class_bind_template_child (widget_class, VigilEntryPage, related_list);
  gtk_widget_class_bind_template_child (widget_class, VigilEntryPage, reviewed_label);
  gtk_widget_class_bind_template_child (widget_class, VigilEntryPage, second_heading);
  gtk_widget_class_bind_template_child (widget_class, VigilEntryPage, second_list);
  gtk_widget_class_bind_template_child (widget_class, VigilEntryPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, VigilEntryPage, untranslated_label);
  gtk_widget_class_bind_template_child (widget_class, VigilEntryPage, title_label);

  g_type_ensure (VIGIL_TYPE_BODY_TEXT);
}

static void
vigil_entry_page_init (VigilEntryPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

VigilEntryPage *
vigil_entry_page_new (VigilEntry *entry)
{
  g_return_val_if_fail (VIGIL_IS_ENTRY (entry), NULL);

  return g_object_new (VIGIL_TYPE_ENTRY_PAGE, "entry", entry, NULL);
}

/**
 * vigil_entry_page_get_entry:
 *
 * Returns: (transfer none): the entry shown
 */
VigilEntry *
vigil_entry_page_get_entry (VigilEntryPage *self)
{
  g_return_val_if_fail (VIGIL_IS_ENTRY_PAGE (self), NULL);
  return self->entry;
}
