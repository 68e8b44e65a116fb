package org.gazette.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class BylinesTest {

    @Test
    void aWireBylinesNameInCapitalsLosesItsAgency() {
        assertEquals(List.of("JOHN MARSH"), Bylines.names("By JOHN MARSH Associated Press"));
        assertEquals(List.of("JOHN MARSH", "SARA O'NEILL"), Bylines.names("By JOHN MARSH and SARA O'NEILL Associated Press"));
        assertEquals(List.of("LEONARDO GARCIA"), Bylines.names("By LEONARDO GARCIA"));
        assertEquals(List.of("DJ Khaled"), Bylines.names("By DJ Khaled"));
        assertEquals("ANNA SCHMIDT Deutsche Presse AGENTUR", Bylines.shoutedName("ANNA SCHMIDT Deutsche Presse AGENTUR"));
    }

    @Test
    void bylineText() {
        assertEquals(List.of("Jane Doe", "John Roe"), Bylines.names("By Jane Doe and John Roe"));
        assertEquals(List.of("Jane Doe"), Bylines.names("Written by: Jane Doe | 14 September 2023"));
        assertEquals(List.of("Jane Doe"), Bylines.names("By Jane Doe, Political Correspondent"));
        assertEquals(List.of("Jane Doe"), Bylines.names("By Jane Doe, Weekend Columnist"));
        assertEquals(List.of("Anna Schmidt"), Bylines.names("Von Anna Schmidt, Kolumnistin"));
        assertEquals(List.of("Anna Schmidt", "Jonas Weber"), Bylines.names("Von Anna Schmidt und Jonas Weber"));
        assertEquals(List.of("Ludwig van Beethoven"), Bylines.names("Ludwig van Beethoven"));
        assertEquals(List.of("Doris Lee", "Sam Roe"), Bylines.names("Doris Lee, MD, PhD and Sam Roe, DVM"));
        assertEquals(List.of("Jane Doe", "John Roe"), Bylines.names("Jane Doe; John Roe; Jane Doe"));
        assertEquals(List.of("Jane Doe"), Bylines.names("\u00a0By\u00a0Jane\u200b Doe \u2014 Reuters"));
        assertEquals(List.of("Luc Martin", "Marie Roux"), Bylines.names("Par Luc Martin et Marie Roux"));
        assertEquals(List.of("AFP"), Bylines.names("By AFP"));
        assertEquals(List.of("Ruth Okonjo"), Bylines.names("Submitted by Ruth Okonjo on Tue, 20/02/2024 - 16:45"));
        assertEquals(List.of("Jane Doe"), Bylines.names("Published by Jane Doe on 3 May 2024"));
        assertEquals(List.of("Anna Schmidt"), Bylines.names("Von Anna Schmidt am 3. Mai 2024"));
    }

    @Test
    void bylinesInArabicThaiIndonesianAndVietnamese() {
        assertEquals(List.of("يوسف العمري"), Bylines.names("بقلم: يوسف العمري"));
        assertEquals(List.of("سارة الحداد"), Bylines.fromLine("بقلم سارة الحداد"));
        assertEquals(List.of("สมชาย ใจดี"), Bylines.names("โดย สมชาย ใจดี"));
        assertEquals(List.of("Dewi Lestari"), Bylines.names("Penulis: Dewi Lestari | Editor: Budi Santoso"));
        assertEquals(List.of("Dewi Lestari", "Budi Santoso"), Bylines.fromLine("Oleh Dewi Lestari & Budi Santoso"));
        assertEquals(List.of("Minh Anh"), Bylines.fromLine("Tác giả: Minh Anh"));
        assertEquals(List.of(), Bylines.fromLine("Oleh karena itu pasar dibuka lebih awal"));
    }

    @Test
    void bylinesInOtherLanguages() {
        assertEquals(List.of("Marco Rossi"), Bylines.names("di Marco Rossi"));
        assertEquals(List.of("Иван Петров"), Bylines.names("Автор: Иван Петров"));
        assertEquals(List.of("Ayşe Yılmaz"), Bylines.names("Yazar: Ayşe Yılmaz"));
        assertEquals(List.of("Иван Петров"), Bylines.fromLine("Текст: Иван Петров"));
        assertEquals(List.of("राहुल शर्मा"), Bylines.names("द्वारा: राहुल शर्मा"));
        assertEquals(List.of("राहुल शर्मा"), Bylines.fromLine("लेखक: राहुल शर्मा"));
        assertEquals(List.of("Katarzyna Nowak"), Bylines.fromLine("Autor: Katarzyna Nowak"));
        assertEquals(List.of("Di Maria"), Bylines.names("Di Maria")); // the particle of a surname, capitalised
        assertEquals(List.of(), Bylines.fromLine("di solito il mercato apre alle sette"));
        assertEquals(List.of("di Maio"), Bylines.names("di Maio"), "a lower-case particle before one name is the surname's");
        assertEquals(List.of(), Bylines.fromLine("di Roma"), "in running text 'di' is 'of'");
        assertEquals(List.of(), Bylines.fromLine("Authors We Love"), "a heading: an author label on a line needs its colon");
        assertEquals(List.of(), Bylines.fromLine("Autori Italiani"));
        assertEquals(List.of("Anna Berg"), Bylines.fromLine("Authors: Anna Berg"));
        assertEquals(List.of("de Vries", "Anna Berg"), Bylines.names("de Vries, Anna Berg"), "a particle before a surname and a comma");
    }

    @Test
    void theReportersTitleInChineseJapaneseAndKoreanBylinesIsNoPartOfTheName() {
        assertEquals(List.of("李华"), Bylines.names("记者 李华"));
        assertEquals(List.of("李华"), Bylines.names("作者：李华"));
        assertEquals(List.of("田中 太郎"), Bylines.names("田中 太郎 記者"));
        assertEquals(List.of("田中太郎"), Bylines.names("田中太郎記者"));
        assertEquals(List.of("김민수"), Bylines.names("김민수 기자"));
        assertEquals(List.of("김민수"), Bylines.names("김민수 기자 minsu@hanbit.example"));
        assertEquals(List.of("김민수"), Bylines.fromLine("김민수 기자(minsu@hanbit.example)"));
        assertEquals(List.of(), Bylines.names("记者"));
        assertEquals(List.of("李华"), Bylines.names("本报记者 李华"));
        assertEquals(List.of("李华"), Bylines.names("文／李华"));
        assertEquals(List.of("李华"), Bylines.names("记者\u3000李华")); // an ideographic space
        assertEquals(List.of("文静"), Bylines.names("文静")); // 文 is also a surname
        assertEquals(List.of(), Bylines.fromLine("文化新闻")); // and a word: "culture news"
        assertEquals(List.of("김민수"), Bylines.fromLine("김민수 기자"));
        assertEquals(List.of("李华"), Bylines.fromLine("记者 李华"));
        assertEquals(List.of(), Bylines.fromLine("他在发布会上告诉记者")); // a sentence ending with "reporters"
        assertEquals(List.of(), Bylines.fromLine("李华"));
    }

    @Test
    void textThatIsNotAByline() {
        assertEquals(List.of(), Bylines.names("By providing your email you agree to our privacy policy."));
        assertEquals(List.of(), Bylines.names("Posted on 14 September 2023"));
        assertEquals(List.of(), Bylines.names("https://social.example/janedoe"));
        assertEquals(List.of(), Bylines.names("View all posts"));
        assertEquals(List.of(), Bylines.names("Editorial Guidelines"));
        assertEquals(List.of("Coast Gazette Editorial Team"), Bylines.names("Coast Gazette Editorial Team"));
        assertEquals(List.of(), Bylines.names("By Staff Writer"));
        assertEquals(List.of(), Bylines.names("Ein Kommentar von Anna Schmidt"));
        assertEquals(List.of(), Bylines.names("Eine Reportage von AFP"));
        assertEquals(List.of(), Bylines.names("By " + "Jane Doe and ".repeat(20) + "John Roe"));
        assertEquals(List.of(), Bylines.names(" "));
        assertEquals(List.of(), Bylines.names(null));
    }

    @Test
    void bylineLines() {
        assertEquals(List.of("Jane Doe"), Bylines.fromLine("By Jane Doe"));
        assertEquals(List.of("Jane Doe", "John Roe"), Bylines.fromLine("BY Jane Doe and John Roe"));
        assertEquals(List.of("Jane Doe"), Bylines.fromLine("By Jane Doe, Political Correspondent"));
        assertEquals(List.of("Ludwig van der Berg", "Ana Ruiz"), Bylines.fromLine("Von Ludwig van der Berg & Ana Ruiz"));
        assertEquals(List.of("Ana Ruiz", "Pedro Gómez"), Bylines.fromLine("Por Ana Ruiz y Pedro Gómez"));
        assertEquals(List.of("Konstantin von Hammerstein"), Bylines.fromLine("Von Konstantin von Hammerstein"));
        assertEquals(List.of("J. R. Smith"), Bylines.fromLine("By J. R. Smith"));
        assertEquals(List.of("Doris Lee"), Bylines.fromLine("By Doris Lee, MD, PhD"));
        assertEquals(List.of("Jane Doe"), Bylines.fromLine("Author: Jane Doe | 14 September 2023"));
        assertEquals(List.of("AFP"), Bylines.fromLine("By AFP"));
    }

    @Test
    void bylineLabelsOfMoreLanguages() {
        assertEquals(List.of("Erik Lindqvist"), Bylines.names("Av Erik Lindqvist"));
        assertEquals(List.of("יעל כהן"), Bylines.fromLine("מאת יעל כהן"));
        assertEquals(List.of("Andrei Popescu"), Bylines.names("de Andrei Popescu"));
        assertEquals(List.of("Kovács Anna", "Nagy Péter"), Bylines.names("Szerző: Kovács Anna, Nagy Péter"));
        assertEquals(List.of("Jana Nováková", "Petr Svoboda"), Bylines.names("Autoři: Jana Nováková, Petr Svoboda"));
        assertEquals(List.of("مریم احمدی"), Bylines.names("نویسنده: مریم احمدی"));
        assertEquals(List.of("Mikko Virtanen"), Bylines.names("Teksti: Mikko Virtanen"));
        // every author label of BylineWords, plurals too
        assertEquals(List.of("Ana Ruiz", "Pedro Gómez"), Bylines.names("Autores: Ana Ruiz, Pedro Gómez"));
        assertEquals(List.of("Jane Doe", "John Roe"), Bylines.fromLine("Authors: Jane Doe and John Roe"));
        // Romanian "de" only in lower case: a capitalised "De" opens a name
        assertEquals(List.of("De Andrei Popescu"), Bylines.names("De Andrei Popescu"));
    }

    @Test
    void wordsThatAlsoOpenNamesAreBylineWordsOnlyInABylineBeforeAFullName() {
        // Romanian "de" and Swedish "Av" before a name of two or more capitalised words, in a byline element
        assertEquals(List.of("Erik Lindqvist", "Anna Berg"), Bylines.names("av Erik Lindqvist, Anna Berg"));
        assertEquals(List.of("Andrei Popescu"), Bylines.names("de Andrei Popescu on 14 September 2023"));
        // before one word or a particle they are part of the name: a surname's particle, an abbreviation
        assertEquals(List.of("de Vries"), Bylines.names("de Vries"));
        assertEquals(List.of("de la Cruz"), Bylines.names("de la Cruz"));
        assertEquals(List.of("Av Club"), Bylines.names("Av Club"));
        // on a free line they are no byline word at all: "de Paris" is a place, "Av Club" a title
        assertEquals(List.of(), Bylines.fromLine("de Paris"));
        assertEquals(List.of(), Bylines.fromLine("de Vries"));
        assertEquals(List.of(), Bylines.fromLine("Av Club"));
        assertEquals(List.of(), Bylines.fromLine("Av Erik Lindqvist"));
        assertEquals(List.of(), Bylines.fromLine("de Andrei Popescu"));
    }

    @Test
    void linesThatAreNotBylines() {
        assertEquals(List.of(), Bylines.fromLine("By providing your email you agree to our terms"));
        assertEquals(List.of(), Bylines.fromLine("By the numbers"));
        assertEquals(List.of(), Bylines.fromLine("By 2030 the city wants no cars"));
        assertEquals(List.of(), Bylines.fromLine("Jane Doe"));
        assertEquals(List.of(), Bylines.fromLine("By"));
        assertEquals(List.of(), Bylines.fromLine("By Jane Doe, " + "x".repeat(120)));
        assertEquals(List.of(), Bylines.fromLine(null));
    }

    @Test
    void names() {
        assertTrue(Bylines.isName("Jane Doe"));
        assertTrue(Bylines.isName("Ursula von der Leyen"));
        assertTrue(Bylines.isName("Pedro de la Cruz"));
        assertTrue(Bylines.isName("Seán O\u2019Brien"));
        assertFalse(Bylines.isName("jane doe"));
        assertFalse(Bylines.isName("Jane Doe 2"));
        assertFalse(Bylines.isName("van der"));
        assertFalse(Bylines.isName("One Two Three Four Five Six"));
        assertFalse(Bylines.isName("Learn More"));
        assertFalse(Bylines.isName("Kommentar von Anna Schmidt"));
        assertFalse(Bylines.isName(""));
    }
}
