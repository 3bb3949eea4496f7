package org.stepwise.notes.internal;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.stepwise.clients.ChartPanel;
import org.stepwise.clients.ChartPanels;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ClientId;

/** The chart's "Notes" section: every note of the client, newest first, for those who read clinical content. */
@Component
class NoteChartPanels implements ChartPanels {

    /** After the episode of care (10) and the weekly hours (15), before consents (40). */
    static final int ORDER = 30;

    private final MessageSource messages;

    NoteChartPanels(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<ChartPanel> panelsFor(ClientId client, StepwiseUser user) {
        if (!user.can(Permission.CLINICAL_READ)) {
            return List.of();
        }
        return List.of(new ChartPanel("notes", messages.getMessage("notes.panel.title", null, "Notes",
                LocaleContextHolder.getLocale()), "/clients/" + client + "/notes", ORDER));
    }
}
