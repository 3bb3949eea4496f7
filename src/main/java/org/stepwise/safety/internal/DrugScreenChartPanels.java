package org.stepwise.safety.internal;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.stepwise.clients.ChartPanel;
import org.stepwise.clients.ChartPanels;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ClientId;

/**
 * Drug screens and the home environment on the chart. Screens show for clients whose program screens (substance use,
 * co-occurring, or an F10 to F19 diagnosis); the home environment for every client in treatment.
 */
@Component
class DrugScreenChartPanels implements ChartPanels {

    /** After the treatment plan (17) and the relapse prevention plan (19). */
    static final int DRUG_SCREENS_ORDER = 21;
    static final int HOME_ORDER = 22;

    private final ClientEpisodes episodes;
    private final MessageSource messages;

    DrugScreenChartPanels(ClientEpisodes episodes, MessageSource messages) {
        this.episodes = episodes;
        this.messages = messages;
    }

    @Override
    public List<ChartPanel> panelsFor(ClientId client, StepwiseUser user) {
        if (!user.can(Permission.CLINICAL_READ)) {
            return List.of();
        }
        var episode = episodes.of(client);
        if (episode.isEmpty()) {
            return List.of();
        }
        ChartPanel home = new ChartPanel("home-environment", title("safety.home.title", "Home environment"),
                "/clients/" + client + "/home-environment", HOME_ORDER);
        if (!episode.get().part2()) {
            return List.of(home);
        }
        return List.of(new ChartPanel("drug-screens", title("safety.panel.drugScreens", "Drug screens"),
                "/clients/" + client + "/drug-screens", DRUG_SCREENS_ORDER), home);
    }

    private String title(String key, String fallback) {
        return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }
}
