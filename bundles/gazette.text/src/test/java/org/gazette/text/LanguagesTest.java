package org.gazette.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LanguagesTest {
    private final Languages languages = new Languages();

    @Test
    void latinScriptLanguagesByTheirFunctionWords() {
        assertEquals("en", languages.detect("The council said on Tuesday that the bridge would reopen after the repairs, and that tolls will not return."));
        assertEquals("de", languages.detect("Die Stadt hat am Dienstag mitgeteilt, dass die Brücke nach der Reparatur wieder für den Verkehr geöffnet wird."));
        assertEquals("fr", languages.detect("Le conseil municipal a voté la réouverture de la piscine, qui était fermée depuis deux ans pour des travaux."));
        assertEquals("es", languages.detect("El mercado volvió a abrir sus puertas este jueves, después de más de dos años cerrado por unas obras."));
        assertEquals("it", languages.detect("Il consiglio comunale ha approvato il nuovo piano per la stazione, che sarà pronta entro la fine dell'anno."));
        assertEquals("nl", languages.detect("De gemeente heeft dinsdag besloten dat de brug na de reparatie weer open gaat voor het verkeer."));
        assertEquals("pl", languages.detect("Rada miasta zdecydowała, że most zostanie otwarty po remoncie, który trwał dwa lata i był bardzo drogi."));
    }

    @Test
    void ownScriptsGiveTheLanguageAway() {
        assertEquals("ar", languages.detect("افتتحت البلدية يوم الخميس مكتبة عامة جديدة في وسط المدينة"));
        assertEquals("ru", languages.detect("Городской совет во вторник одобрил план строительства нового моста через реку"));
        assertEquals("uk", languages.detect("Міська рада у вівторок ухвалила план будівництва нового мосту через річку"));
        assertEquals("el", languages.detect("Το δημοτικό συμβούλιο ενέκρινε την Τρίτη το σχέδιο για τη νέα γέφυρα"));
        assertEquals("ja", languages.detect("市議会は火曜日、新しい橋の建設計画を承認した。"));
        assertEquals("zh", languages.detect("市议会周二批准了新桥的建设计划"));
        assertEquals("ko", languages.detect("시의회는 화요일 새 다리 건설 계획을 승인했다"));
        assertEquals("he", languages.detect("מועצת העיר אישרה ביום שלישי את התוכנית לבניית גשר חדש"));
    }

    @Test
    void unsureMeansNull() {
        assertNull(languages.detect(""));
        assertNull(languages.detect("Harbour Bridge 2024"));
        assertNull(languages.detect(null));
    }
}
