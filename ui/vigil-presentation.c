/* vigil-presentation.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-presentation"

#include "config.h"

#include <glib/gi18n.h>

#include "vigil-demonstration.h"
#include "vigil-presentation.h"

/* Slides for a room: full screen, type sized from the screen, driven by the keys presenter
 * clickers send. What is shown comes from the deck, which holds catalog text only, and from
 * a throwaway demonstration profile that the trainer may tick live: no real profile's notes,
 * owners, names or progress can appear. Nothing on a slide takes the keyboard focus, so every
 * key reaches the window's shortcuts (a focused check box would eat Space). */

struct _VigilPresentation
{
  GtkWindow       parent_instance;

  GtkBox         *slide_box;
  GtkWidget      *blank;
  GtkLabel       *counter;
  GtkProgressBar *progress;

  VigilSlideDeck *deck;
  VigilContext   *demonstration;  /* nullable: ticking is off if it could not be made */
  guint           position;
  GPtrArray      *step_checks;    /* GtkCheckButton of the slide shown, borrowed */
  GtkCssProvider *scale;          /* the font size for this window's size */
  double          font_size;      /* px: the type for this screen */
  double          build_px;       /* px: the type of the slide being built, to fit it */
  int             scale_height;
  int             scale_width;
  guint           scale_idle;
};

G_DEFINE_FINAL_TYPE (VigilPresentation, vigil_presentation, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_DECK,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Type sizes are set on the text itself, not in CSS: a slide is measured as it is built, to
 * find the size at which it fits the screen, and CSS would apply only after that. */
static GtkWidget *
slide_label (const char *text,
             const char *css_class,
             double      px)
{
  GtkWidget *label = gtk_label_new (text);
  PangoAttrList *attributes = pango_attr_list_new ();

  pango_attr_list_insert (attributes, pango_attr_size_new_absolute ((int) (px * PANGO_SCALE)));
  gtk_label_set_attributes (GTK_LABEL (label), attributes);
  pango_attr_list_unref (attributes);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* A wrapped label's natural width is short; slide text may use the width it has. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 80);
  gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
on_step_toggled_cb (GtkCheckButton    *check,
                    VigilPresentation *self)
{
  const char *item_id = g_object_get_data (G_OBJECT (check), "item-id");
  g_autoptr(GError) error = NULL;

  if (self->demonstration == NULL)
    return;
  if (!vigil_context_set_item_done (self->demonstration, item_id,
                                    gtk_check_button_get_active (check), &error))
    g_warning ("Could not tick the demonstration's step: %s", error->message);
}

static GtkWidget *
build_title_slide (VigilPresentation *self,
                   const VigilSlide  *slide)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box),
                  slide_label (slide->title, "slide-title-big", self->build_px * 3.0));
  if (slide->summary != NULL)
    gtk_box_append (GTK_BOX (box),
                    slide_label (slide->summary, "slide-subtitle", self->build_px * 1.4));
  return box;
}

static GtkWidget *
build_steps (VigilPresentation *self,
             const VigilSlide  *slide)
{
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_widget_set_hexpand (column, TRUE);
  gtk_box_append (GTK_BOX (column),
                  slide_label (vigil_slide_deck_get_label (self->deck, VIGIL_SLIDE_LABEL_KEY_STEPS),
                               "slide-heading", self->build_px * 0.8));
  for (guint i = 0; i < slide->steps->len; i++)
    {
      const VigilSlideStep *step = g_ptr_array_index (slide->steps, i);
      GtkWidget *check = gtk_check_button_new ();
      GtkWidget *label = slide_label (step->title, "slide-step-label", self->build_px);

      /* A check button gives its child its natural width only: the step may use the column. */
      gtk_widget_set_hexpand (label, TRUE);
      gtk_check_button_set_child (GTK_CHECK_BUTTON (check), label);
      gtk_widget_add_css_class (check, "slide-step");
      /* Ticked with the pointer, or with the step's number key: see the class comment. */
      gtk_widget_set_focusable (check, FALSE);
      gtk_widget_set_focus_on_click (check, FALSE);
      gtk_widget_set_sensitive (check, self->demonstration != NULL);
      if (self->demonstration != NULL)
        gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                     vigil_context_get_item_done (self->demonstration,
                                                                  step->item_id));
      g_object_set_data_full (G_OBJECT (check), "item-id", g_strdup (step->item_id), g_free);
      g_signal_connect (check, "toggled", G_CALLBACK (on_step_toggled_cb), self);
      gtk_box_append (GTK_BOX (column), check);
      g_ptr_array_add (self->step_checks, check);
    }
  return column;
}

static GtkWidget *
build_why (VigilPresentation *self,
           const VigilSlide  *slide)
{
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (column),
                  slide_label (vigil_slide_deck_get_label (self->deck, VIGIL_SLIDE_LABEL_WHY),
                               "slide-heading", self->build_px * 0.8));
  for (guint i = 0; i < slide->why->len; i++)
    gtk_box_append (GTK_BOX (column),
                    slide_label (g_ptr_array_index (slide->why, i), "slide-threat",
                                 self->build_px));
  return column;
}

static GtkWidget *
build_guideline_slide (VigilPresentation *self,
                       const VigilSlide  *slide)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *columns = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_box_append (GTK_BOX (box),
                  slide_label (slide->title, "slide-title", self->build_px * 1.9));
  if (slide->summary != NULL)
    gtk_box_append (GTK_BOX (box),
                    slide_label (slide->summary, "slide-summary", self->build_px * 1.05));

  gtk_widget_add_css_class (columns, "slide-columns");
  if (slide->steps->len > 0)
    gtk_box_append (GTK_BOX (columns), build_steps (self, slide));
  if (slide->why->len > 0)
    {
      GtkWidget *why = build_why (self, slide);

      /* The steps are what the room does and get the width; the threats a side column. */
      gtk_widget_add_css_class (why, "slide-side");
      gtk_box_append (GTK_BOX (columns), why);
    }
  gtk_box_append (GTK_BOX (box), columns);
  return box;
}

static void
show_slide (VigilPresentation *self)
{
  const VigilSlide *slide = vigil_slide_deck_get_slide (self->deck, self->position);
  guint n = vigil_slide_deck_get_n_slides (self->deck);
  GtkWidget *child, *content;
  g_autofree char *counter = vigil_slide_deck_dup_counter (self->deck, self->position);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->slide_box))) != NULL)
    gtk_box_remove (self->slide_box, child);
  g_ptr_array_set_size (self->step_checks, 0);

  /* The screen's type size, or smaller until the slide fits the screen's height. */
  for (self->build_px = self->font_size; ; self->build_px *= 0.9)
    {
      int needed = 0;

      g_ptr_array_set_size (self->step_checks, 0);
      content = slide->kind == VIGIL_SLIDE_TITLE ? build_title_slide (self, slide)
                                                 : build_guideline_slide (self, slide);
      gtk_widget_add_css_class (content, "slide");
      gtk_widget_set_vexpand (content, TRUE);
      gtk_widget_set_margin_start (content, (int) (self->build_px * 2.4));
      gtk_widget_set_margin_end (content, (int) (self->build_px * 2.4));
      gtk_widget_set_margin_top (content, (int) (self->build_px * 1.2));
      gtk_widget_set_margin_bottom (content, (int) (self->build_px * 2.4));
      gtk_box_append (self->slide_box, content);

      gtk_widget_measure (content, GTK_ORIENTATION_VERTICAL, self->scale_width, &needed, NULL,
                          NULL, NULL);
      if (needed <= self->scale_height || self->build_px * 0.9 < 10.0)
        break;
      gtk_box_remove (self->slide_box, content);
    }

  gtk_label_set_label (self->counter, counter);
  gtk_progress_bar_set_fraction (self->progress, n > 1 ? (double) self->position / (n - 1) : 1);
}

static void
set_blanked (VigilPresentation *self,
             gboolean           blanked)
{
  gtk_widget_set_visible (self->blank, blanked);
  /* A blank screen is all black: no counter, no progress. */
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->counter)), !blanked);
}

/* Next or previous only bring a blanked screen back, as in other presentation programs: the
 * trainer sees where the room was before moving on. */
static void
go_to (VigilPresentation *self,
       int                position)
{
  guint n = vigil_slide_deck_get_n_slides (self->deck);

  if (vigil_presentation_get_blanked (self))
    {
      set_blanked (self, FALSE);
      return;
    }

  position = CLAMP (position, 0, (int) n - 1);
  if ((guint) position == self->position)
    return;
  self->position = (guint) position;
  show_slide (self);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VigilPresentation *self = VIGIL_PRESENTATION (widget);

  go_to (self, (int) self->position + 1);
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  VigilPresentation *self = VIGIL_PRESENTATION (widget);

  go_to (self, (int) self->position - 1);
}

static void
first_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  go_to (VIGIL_PRESENTATION (widget), 0);
}

static void
last_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VigilPresentation *self = VIGIL_PRESENTATION (widget);

  go_to (self, (int) vigil_slide_deck_get_n_slides (self->deck) - 1);
}

static void
blank_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  VigilPresentation *self = VIGIL_PRESENTATION (widget);

  set_blanked (self, !vigil_presentation_get_blanked (self));
}

static void
high_contrast_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  if (gtk_widget_has_css_class (widget, "slide-high-contrast"))
    gtk_widget_remove_css_class (widget, "slide-high-contrast");
  else
    gtk_widget_add_css_class (widget, "slide-high-contrast");
}

static void
toggle_step_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  VigilPresentation *self = VIGIL_PRESENTATION (widget);
  guint index = g_variant_get_uint32 (parameter);
  GtkCheckButton *check;

  if (index == 0 || index > self->step_checks->len || vigil_presentation_get_blanked (self))
    return;
  check = g_ptr_array_index (self->step_checks, index - 1);
  if (gtk_widget_get_sensitive (GTK_WIDGET (check)))
    gtk_check_button_set_active (check, !gtk_check_button_get_active (check));
}

static void
leave_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

/* Type in proportion to the screen: the whole slide is sized in em of this. */
static gboolean
update_scale_cb (gpointer data)
{
  VigilPresentation *self = data;
  double size = MAX (MIN (self->scale_height / 26.0, self->scale_width / 44.0), 10.0);
  g_autofree char *css = NULL;
  GtkWidget *content = gtk_widget_get_first_child (GTK_WIDGET (self->slide_box));

  self->scale_idle = 0;
  self->font_size = size;
  css = g_strdup_printf ("window.vigil-presentation { font-size: %.1fpx; }", size);
  gtk_css_provider_load_from_data (self->scale, css, -1);
  /* Built again at the new size. */
  if (content != NULL)
    show_slide (self);
  return G_SOURCE_REMOVE;
}

static void
vigil_presentation_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  VigilPresentation *self = VIGIL_PRESENTATION (widget);

  GTK_WIDGET_CLASS (vigil_presentation_parent_class)->size_allocate (widget, width, height,
                                                                      baseline);

  /* Restyling during an allocation would ask for another one: it waits for an idle. */
  if ((width != self->scale_width || height != self->scale_height) && self->scale_idle == 0)
    self->scale_idle = g_idle_add (update_scale_cb, self);
  self->scale_width = width;
  self->scale_height = height;
}

static void
vigil_presentation_constructed (GObject *object)
{
  VigilPresentation *self = (VigilPresentation *)object;
  g_autoptr(GError) error = NULL;

  G_OBJECT_CLASS (vigil_presentation_parent_class)->constructed (object);

  g_assert (VIGIL_IS_SLIDE_DECK (self->deck));

  self->demonstration = vigil_demonstration_new (&error);
  if (self->demonstration == NULL)
    g_warning ("Steps cannot be ticked in this presentation: %s", error->message);

  self->scale = gtk_css_provider_new ();
  gtk_style_context_add_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                              GTK_STYLE_PROVIDER (self->scale),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  self->scale_width = 1280;
  self->scale_height = 720;
  update_scale_cb (self);

  show_slide (self);
}

static void
vigil_presentation_dispose (GObject *object)
{
  VigilPresentation *self = (VigilPresentation *)object;

  g_clear_handle_id (&self->scale_idle, g_source_remove);
  if (self->scale != NULL)
    {
      gtk_style_context_remove_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                                     GTK_STYLE_PROVIDER (self->scale));
      g_clear_object (&self->scale);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), VIGIL_TYPE_PRESENTATION);
  /* The demonstration's database goes with the presentation. */
  vigil_demonstration_discard (g_steal_pointer (&self->demonstration));
  g_clear_object (&self->deck);

  G_OBJECT_CLASS (vigil_presentation_parent_class)->dispose (object);
}

static void
vigil_presentation_finalize (GObject *object)
{
  VigilPresentation *self = (VigilPresentation *)object;

  g_clear_pointer (&self->step_checks, g_ptr_array_unref);

  G_OBJECT_CLASS (vigil_presentation_parent_class)->finalize (object);
}

static void
vigil_presentation_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  VigilPresentation *self = VIGIL_PRESENTATION (object);

  switch (prop_id)
    {
    case PROP_DECK:
      self->deck = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vigil_presentation_class_init (VigilPresentationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = vigil_presentation_constructed;
  object_class->dispose = vigil_presentation_dispose;
  object_class->finalize = vigil_presentation_finalize;
  object_class->set_property = vigil_presentation_set_property;
  widget_class->size_allocate = vigil_presentation_size_allocate;

  properties [PROP_DECK] =
    g_param_spec_object ("deck", NULL, NULL, VIGIL_TYPE_SLIDE_DECK,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/vigil-presentation.ui");
  gtk_widget_class_bind_template_child (widget_class, VigilPresentation, blank);
  gtk_widget_class_bind_template_child (widget_class, VigilPresentation, slide_box);
  gtk_widget_class_bind_template_child (widget_class, VigilPresentation, counter);
  gtk_widget_class_bind_template_child (widget_class, VigilPresentation, progress);

  gtk_widget_class_install_action (widget_class, "slides.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "slides.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "slides.first", NULL, first_action);
  gtk_widget_class_install_action (widget_class, "slides.last", NULL, last_action);
  gtk_widget_class_install_action (widget_class, "slides.blank", NULL, blank_action);
  gtk_widget_class_install_action (widget_class, "slides.high-contrast", NULL,
                                   high_contrast_action);
  gtk_widget_class_install_action (widget_class, "slides.toggle-step", "u", toggle_step_action);
  gtk_widget_class_install_action (widget_class, "slides.leave", NULL, leave_action);

}

/* In the capture phase, before GtkWindow's own arrow-key focus moves see the keys. */
static void
add_shortcuts (VigilPresentation *self)
{
  /* Presenter clickers send Page Up/Down, and some B or "." to blank the screen. */
  static const struct { guint key; const char *action; } keys[] = {
    { GDK_KEY_Right, "slides.next" }, { GDK_KEY_Page_Down, "slides.next" },
    { GDK_KEY_space, "slides.next" }, { GDK_KEY_Down, "slides.next" },
    { GDK_KEY_KP_Page_Down, "slides.next" }, { GDK_KEY_Return, "slides.next" },
    { GDK_KEY_Left, "slides.previous" }, { GDK_KEY_Page_Up, "slides.previous" },
    { GDK_KEY_Up, "slides.previous" }, { GDK_KEY_KP_Page_Up, "slides.previous" },
    { GDK_KEY_BackSpace, "slides.previous" },
    { GDK_KEY_Home, "slides.first" }, { GDK_KEY_End, "slides.last" },
    { GDK_KEY_b, "slides.blank" }, { GDK_KEY_B, "slides.blank" },
    { GDK_KEY_period, "slides.blank" },
    { GDK_KEY_c, "slides.high-contrast" },
    { GDK_KEY_Escape, "slides.leave" },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].key, 0),
                                                            gtk_named_action_new (keys[i].action)));
  for (guint i = 1; i <= 9; i++)
    {
      GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_0 + i, 0),
                                                gtk_named_action_new ("slides.toggle-step"));

      gtk_shortcut_set_arguments (shortcut, g_variant_new_uint32 (i));
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
    }
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
vigil_presentation_init (VigilPresentation *self)
{
  self->step_checks = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  add_shortcuts (self);
}

/**
 * vigil_presentation_new:
 * @deck: the slides
 *
 * Returns: (transfer none): a presentation window, not yet shown; it starts full screen
 */
VigilPresentation *
vigil_presentation_new (GtkApplication *application,
                        VigilSlideDeck *deck)
{
  VigilPresentation *self = g_object_new (VIGIL_TYPE_PRESENTATION,
                                          "application", application,
                                          "deck", deck,
                                          NULL);

  gtk_window_fullscreen (GTK_WINDOW (self));
  return self;
}

guint
vigil_presentation_get_position (VigilPresentation *self)
{
  g_return_val_if_fail (VIGIL_IS_PRESENTATION (self), 0);
  return self->position;
}

gboolean
vigil_presentation_get_blanked (VigilPresentation *self)
{
  g_return_val_if_fail (VIGIL_IS_PRESENTATION (self), FALSE);
  return gtk_widget_get_visible (self->blank);
}

/**
 * vigil_presentation_get_deck:
 *
 * Returns: (transfer none): the slides shown
 */
VigilSlideDeck *
vigil_presentation_get_deck (VigilPresentation *self)
{
  g_return_val_if_fail (VIGIL_IS_PRESENTATION (self), NULL);
  return self->deck;
}

/**
 * vigil_presentation_get_demonstration:
 *
 * Returns: (transfer none) (nullable): the throwaway profile's context that ticks go to
 */
VigilContext *
vigil_presentation_get_demonstration (VigilPresentation *self)
{
  g_return_val_if_fail (VIGIL_IS_PRESENTATION (self), NULL);
  return self->demonstration;
}
