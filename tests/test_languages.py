"""The generic lexicons of languages other than English, run through the whole cleaner.

Each case puts one line between two long article paragraphs of the same language
(the hardest place for a widget line: article text on both sides) and cleans the
document with the language given explicitly. ``drop`` lines are boilerplate those
sites print; ``keep`` lines are article sentences, several of them using words the
lexicons also contain (subscribers, comments, photos, adverts) in ordinary reporting.
"""

from __future__ import annotations

import pytest

from cleaner import Cleaner
from cleaner.lexicons import load_lexicon
from cleaner.lines import Line

CASES: dict[str, dict[str, list[str]]] = {
    "de": {
        "paragraphs": [
            ("Die Gewerkschaft Deutscher Lokomotivführer hat ihre Mitglieder erneut zu einem "
            "bundesweiten Streik aufgerufen, der am Mittwochmorgen im Personenverkehr beginnen "
            "und bis Freitagabend dauern soll. Die Deutsche Bahn kündigte einen Notfahrplan an "
            "und rief Reisende auf, nicht notwendige Fahrten zu verschieben."),
            ("Nach Angaben des Unternehmens sollen im Fernverkehr etwa zwanzig Prozent der Züge "
            "fahren, im Regionalverkehr schwankt das Angebot je nach Bundesland stark. "
            "Verkehrsminister Volker Wissing forderte beide Seiten auf, an den Verhandlungstisch "
            "zurückzukehren, und sprach von einer unzumutbaren Belastung für Pendler."),
        ],
        "drop": [
            "Klicken, um auf Mastodon zu teilen (Wird in neuem Fenster geöffnet)",
            "Jetzt abonnieren",
            "Lesen Sie auch: Warum die Bahn bei Neubaustrecken so langsam vorankommt",
            "Mehr zum Thema",
            "Artikel teilen",
            "Anzeige",
            "Zur Startseite",
            "Kommentare",
            "Newsletter abonnieren",
            "© 2024 Süddeutsche Zeitung GmbH. Alle Rechte vorbehalten.",
            "Foto: Michael Kappeler/dpa",
            "Bild: picture alliance / Flashpic | Jens Krick",
            "Der neue Spielplatz am Stadtpark wurde am Samstag eröffnet © Gemeinde Musterstadt",
            "Von Anna Lehmann",
            "Stand: 12.03.2024, 14:33 Uhr",
            "Mittwoch, 13. März 2024, 08:15 Uhr",
            "Dieser Artikel ist exklusiv für Abonnenten. Jetzt für 0,99 € im ersten Monat testen.",
            ("Wir verwenden Cookies, um Ihnen die bestmögliche Nutzung unserer Website zu "
            "ermöglichen."),
            "Das könnte Sie auch interessieren",
            "Unterstützen Sie unabhängigen Journalismus",
            "Push-Benachrichtigungen aktivieren und keine Eilmeldung verpassen",
            "Bitte melden Sie sich an, um zu kommentieren.",
            "dpa/AFP",
            "Weiter nach der Anzeige",
            "Lesezeit: 3 Min.",
            "Die Wirtschaftsredaktion empfiehlt",
            "Neueste Beiträge",
            "Schlagwörter Bahn, Streik, Gewerkschaft",
        ],
        "keep": [
            ("Der Konzern verlor im vergangenen Jahr rund 40.000 Abonnenten, wie ein Sprecher "
            "der Nachrichtenagentur dpa bestätigte."),
            "Ein Sprecher der Bahn wollte sich auf Anfrage nicht dazu äußern.",
            ("Die Zeitung hatte das Foto bereits am Montag veröffentlicht, ohne die Quelle zu "
            "nennen."),
            "Kritiker teilen diese Einschätzung nicht und verweisen auf die hohen Kosten.",
            "Die Polizei hat nach eigenen Angaben Anzeige gegen den Fahrer erstattet.",
            "Stand jetzt gibt es keine Einigung.",
            "Schweden will so schnell wie möglich Nato-Mitglied werden.",
            "Viele Bürger haben sich bereits kostenlos testen lassen.",
            "Das Deutschlandticket kostet seit Januar 49 Euro im Monat.",
            ("Der Verlag sicherte sich das © an dem Roman, der nun im Herbst bei einer "
            "neuen Reihe erscheinen soll."),
        ],
    },
    "fr": {
        "paragraphs": [
            ("Le gouvernement a présenté mercredi en Conseil des ministres son projet de loi sur "
            "l'assurance chômage, qui prévoit de réduire la durée d'indemnisation des demandeurs "
            "d'emploi de moins de cinquante-sept ans. Les syndicats dénoncent unanimement une "
            "réforme « brutale » et appellent à manifester le 28 mars."),
            ("Selon les calculs de l'Unédic, près de 300 000 personnes pourraient être concernées "
            "dès la première année d'application. La ministre du Travail a défendu devant "
            "l'Assemblée nationale un texte « juste et nécessaire », tout en promettant des "
            "mesures d'accompagnement pour les seniors."),
        ],
        "drop": [
            "Abonnez-vous",
            "Lire aussi | Assurance chômage : ce qui change au 1er avril",
            "Partager",
            "Publicité",
            "Se connecter",
            "Tous droits réservés",
            "Crédit photo : Ludovic Marin / AFP",
            "Par Jean-Baptiste Chastand",
            "Publié le 13 mars 2024 à 14h33, mis à jour à 15h10",
            "Le Monde avec AFP",
            "Cet article est réservé aux abonnés. Il vous reste 78 % à découvrir.",
            "Nous utilisons des cookies pour améliorer votre expérience sur notre site.",
            "Inscrivez-vous à notre newsletter",
            "La suite après cette publicité",
            "Les plus lus",
            "Réagir",
            "Activer les notifications",
            "Faites un don",
            ("La ministre du Travail à l'Assemblée nationale, le 12 mars 2024. (LUDOVIC MARIN / "
            "AFP)"),
            "Mot de passe oublié ?",
            "Lecture : 3 min.",
            "Copier le lien",
        ],
        "keep": [
            ("Le quotidien a perdu près de 10 000 abonnés en un an, selon ses comptes publiés "
            "mardi."),
            "Le ministre n'a pas souhaité faire de commentaire.",
            "Les syndicats appellent à partager les efforts de manière plus équitable.",
            "La photo, publiée sur les réseaux sociaux, a été vue plus d'un million de fois.",
            "Plus de 300 personnes ont été évacuées dans la nuit.",
            "« Ils sont venus nous soutenir », raconte une habitante.",
            "Une nouvelle fenêtre de négociation s'ouvre pour les partenaires sociaux.",
            "Publié le 3 mars, le rapport de la Cour des comptes est sévère.",
            "Meta a modifié sa politique de confidentialité en Europe.",
            "À Paris, le loyer moyen atteint 900 euros par mois.",
        ],
    },
    "es": {
        "paragraphs": [
            ("El Gobierno aprobó este martes en el Consejo de Ministros el proyecto de ley de "
            "vivienda, que limita la subida de los alquileres al tres por ciento anual y amplía "
            "las zonas tensionadas en las grandes ciudades. La ministra del ramo defendió que la "
            "norma protegerá a más de un millón de inquilinos."),
            ("Las asociaciones de propietarios anunciaron que recurrirán la ley ante el Tribunal "
            "Constitucional, mientras que los sindicatos de inquilinos la consideran insuficiente. "
            "Según los datos del Banco de España, el precio medio del alquiler ha subido un "
            "cuarenta por ciento en la última década."),
        ],
        "drop": [
            "Suscríbete",
            "Lee también: El precio de la vivienda en Madrid vuelve a marcar un récord",
            "Compartir en Whatsapp",
            "Publicidad",
            "Iniciar sesión",
            "© 2024 Ediciones El País S.L. Todos los derechos reservados.",
            "Foto: Eduardo Parra / Europa Press",
            "Por Lucía Martínez",
            "Actualizado: 13/03/2024 - 14:33 CET",
            "Madrid, 13 mar 2024 - 14:33",
            "Este artículo es exclusivo para suscriptores. Hazte premium por 1 € al mes.",
            "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
            "Apúntate a nuestra newsletter",
            "Lo más leído",
            "Deja tu comentario",
            "Descarga nuestra app",
            "Hazte socio",
            "EFE/Europa Press",
            "¿Ya eres suscriptor? Inicia sesión",
            "La ministra de Vivienda, este martes en el Congreso. EFE/ Mariscal",
            "Copiar enlace",
        ],
        "keep": [
            "El diario perdió más de 20.000 suscriptores en 2023, según sus cuentas anuales.",
            "España apoya a Ucrania y seguirá enviando material militar, dijo el presidente.",
            "La portavoz del Gobierno no quiso hacer ningún comentario.",
            "Sigue a la espera de juicio desde hace dos años.",
            "Los inquilinos podrán compartir los gastos de la comunidad con el propietario.",
            "La foto, publicada en las redes sociales, se hizo viral en pocas horas.",
            "Más de 300 personas fueron desalojadas durante la noche.",
            "Alquila un piso de dos habitaciones por 900 euros al mes.",
        ],
    },
    "it": {
        "paragraphs": [
            ("Il Consiglio dei ministri ha approvato nella serata di martedì il decreto sulle "
            "bollette, che proroga fino a giugno gli sconti per le famiglie con un reddito "
            "inferiore ai quindicimila euro. Il provvedimento vale complessivamente circa due "
            "miliardi e sarà finanziato con i fondi non spesi del Pnrr."),
            ("Secondo le stime dell'Autorità per l'energia, le famiglie interessate sono oltre tre "
            "milioni. Le associazioni dei consumatori hanno accolto con favore la proroga, ma "
            "chiedono al governo una riforma strutturale delle tariffe che vada oltre le misure "
            "temporanee approvate negli ultimi due anni."),
        ],
        "drop": [
            "Abbonati ora",
            "Leggi anche: Bollette, cosa cambia da aprile per luce e gas",
            "Condividi",
            "Pubblicità",
            "Accedi",
            "© RIPRODUZIONE RISERVATA",
            "Foto: Ansa/Ettore Ferri",
            "di Mario Rossi",
            "Aggiornato il 13 marzo 2024 alle 14:33",
            "13 marzo 2024, 14:33",
            "Articolo riservato agli abbonati. Sei già abbonato? Accedi",
            ("Utilizziamo i cookie per essere sicuri che tu possa avere la migliore esperienza "
            "sul nostro sito. Se continui ad utilizzare questo sito noi assumiamo che tu ne sia "
            "felice. Ok"),
            "Iscriviti alla newsletter",
            "I più letti",
            "Lascia un commento",
            "Scarica l'app",
            "Sostienici",
            "GEDI Periodici e Servizi S.p.A. - P.IVA 01578251009",
            "Il ministro dell'Economia a Palazzo Chigi (foto Ansa)",
            "Tempo di lettura: 3 min",
            "Copia link",
        ],
        "keep": [
            "Gli abbonati a Sky sono calati di centomila unità nell'ultimo trimestre.",
            "Il ministro non ha voluto rilasciare alcun commento.",
            "Le famiglie potranno condividere i dati dei contatori con il fornitore.",
            "La foto, pubblicata sui social, ha fatto il giro del web in poche ore.",
            "Il governo sostiene che la misura sia necessaria per contenere l'inflazione.",
            "Di Maio ha incontrato ieri il ministro degli Esteri saudita a Riad.",
            "Il mandato è stato conferito senza vincoli di bilancio.",
            "Lo stipendio medio è di 1.500 euro al mese.",
        ],
    },
    "pt": {
        "paragraphs": [
            ("O Banco Central decidiu nesta quarta-feira manter a taxa básica de juros em dez e "
            "meio "
            "por cento ao ano, interrompendo o ciclo de cortes iniciado em agosto do ano passado. "
            "A decisão foi unânime e, segundo o comunicado, reflete a incerteza sobre a trajetória "
            "da inflação e o cenário externo mais adverso."),
            ("Economistas ouvidos pela reportagem avaliam que a pausa deve se estender pelo menos "
            "até "
            "o fim do ano. O ministro da Fazenda afirmou que respeita a autonomia da instituição, "
            "mas voltou a defender que há espaço para juros menores diante da desaceleração da "
            "atividade econômica no primeiro trimestre."),
        ],
        "drop": [
            "Assine já",
            "Leia também: Inflação desacelera em fevereiro e fica abaixo do esperado",
            "Compartilhar no WhatsApp",
            "Publicidade",
            "Entrar",
            "Todos os direitos reservados.",
            "Foto: Marcelo Camargo/Agência Brasil",
            "Por Ana Beatriz Souza",
            "13.mar.2024 às 14h33",
            "Atualizado em 13/03/2024 - 15:10",
            "Esta reportagem é exclusiva para assinantes. Assine por R$ 1,90 no primeiro mês.",
            "Utilizamos cookies para melhorar a sua experiência de navegação.",
            "Inscreva-se na newsletter",
            "Mais lidas",
            "Deixe seu comentário",
            "Baixe o app",
            "Apoie o jornalismo independente",
            "Folhapress",
            "O ministro da Fazenda em Brasília. Foto: Reprodução/Instagram",
            "Já é assinante? Faça seu login",
            "Copiar link",
        ],
        "keep": [
            "O jornal perdeu 30 mil assinantes no ano passado, segundo o balanço da empresa.",
            "Lula elogiou sua contribuição para o acordo entre os dois países.",
            "O ministro não quis fazer comentários sobre a decisão.",
            "O governo subscreve o acordo assinado em Bruxelas na semana passada.",
            "A foto, publicada nas redes sociais, foi vista mais de um milhão de vezes.",
            "Mais de 300 pessoas foram retiradas de suas casas durante a madrugada.",
            "Ele escreveu no seu e-mail que deixaria o cargo no fim do mês.",
            "O aluguel médio chega a R$ 2.500 por mês em São Paulo.",
        ],
    },
    "ja": {
        "paragraphs": [
            ("政府は火曜日、冬の家庭向け電気料金の値上がりを抑えるための新たな対策を発表した。経済産業省によると、"
            "一般的な世帯では最も寒い三か月の間に平均で約三千円の負担が軽くなる見込みだという。"),
            ("野党は対策が遅すぎたうえに支援の対象も絞り込めていないと批判し、国会の審議で修正を求める考えを示した。"
            "電力業界からは、料金の据え置きが節電の意欲を弱めかねないとの懸念も出ている。"),
        ],
        "drop": [
            "関連記事",
            "あわせて読みたい",
            "もっと見る",
            "Facebookでシェアする",
            "印刷する",
            "ログインする",
            "会員登録",
            "この記事は有料記事です。残り1200文字",
            "有料会員になると会員限定の記事もすべてお読みいただけます。",
            "コメントを書く",
            "港に停泊する漁船＝3日午前、北海道根室市、山田太郎撮影",
            "記者会見する大臣＝ロイター",
            "2024年3月14日 9時15分",
            "無断転載・複製を禁じます",
            "例示新聞のトップページへ",
            "メルマガ登録",
        ],
        "keep": [
            "新聞社は昨年、約二万人の購読者を失ったと明らかにした。",
            "写真がSNSで共有され、百万回以上閲覧された。",
            "大臣の発言は、月曜日の与野党幹部との会談の後に出た。",
            "三百人を超える住民が家を離れなければならなかった。",
            "与野党は費用をより公平に分担することで合意した。",
        ],
    },
    "ko": {
        "paragraphs": [
            ("정부는 화요일 겨울철 가정용 전기요금 인상을 억제하기 위한 대책을 "
            "발표했다. 산업통상자원부에 따르면 일반 가구는 가장 추운 석 달 동안 "
            "평균 삼만 원가량의 요금을 아낄 수 있을 것으로 보인다."),
            ("야당은 이번 대책이 너무 늦었고 지원 대상도 제대로 정하지 못했다고 "
            "비판하며 국회 심의 과정에서 수정을 요구하겠다고 밝혔다. 전력업계는 "
            "요금 동결이 에너지 절약 의지를 약하게 만들 수 있다고 "
            "우려했다."),
        ],
        "drop": [
            "이미지 확대보기",
            "관련기사",
            "기사 공유",
            "댓글",
            "로그인",
            "많이 본 뉴스",
            "입력 2024.03.14 09:15",
            "수정 2024-03-14 10:42",
            "홍길동 기자 gildong@example.co.kr",
            "[사진 출처 = 산업통상자원부]",
            "무단전재 및 재배포 금지",
            "ⓒ 예시일보 All rights reserved.",
            "뉴스레터 구독",
        ],
        "keep": [
            "신문사는 지난해 구독자 약 이만 명을 잃었다고 밝혔다.",
            "소셜미디어에 공유된 사진은 백만 번 넘게 조회됐다.",
            "장관의 발언은 월요일 여야 지도부와의 회동 뒤에 나왔다.",
            "삼백 명이 넘는 주민이 집을 떠나야 했다.",
            "여야는 비용을 더 공정하게 나누기로 했다.",
        ],
    },
    "nl": {
        "paragraphs": [
            ("Het kabinet heeft dinsdag een wetsvoorstel naar de Tweede Kamer gestuurd dat de "
            "huurprijzen in het middensegment aan banden moet leggen. Volgens de minister van "
            "Volkshuisvesting gaan ruim driehonderdduizend huurders daardoor gemiddeld "
            "honderdnegentig "
            "euro per maand minder betalen."),
            ("Verhuurdersorganisaties waarschuwen dat beleggers zich uit de huurmarkt zullen "
            "terugtrekken, waardoor het aanbod verder krimpt. De Raad van State was eerder "
            "kritisch "
            "over de gevolgen voor de bouwproductie, maar het kabinet houdt vast aan de plannen en "
            "wil dat de wet op 1 juli ingaat."),
        ],
        "drop": [
            "Word abonnee",
            "Lees ook: Huurders in de vrije sector betalen steeds meer",
            "Deel dit artikel",
            "Advertentie",
            "Inloggen",
            "© 2024 DPG Media B.V. - alle rechten voorbehouden",
            "Beeld ANP",
            "Door Jan de Vries",
            "Aangepast: 13 maart 2024 om 15:10",
            "vandaag om 14:33",
            "Dit artikel is exclusief voor abonnees. Lees verder voor € 1 per week.",
            "Wij gebruiken cookies om je de beste ervaring op onze website te bieden.",
            "Schrijf je in voor de nieuwsbrief",
            "Meest gelezen",
            "Plaats een reactie",
            "Download de app",
            "Steun onafhankelijke journalistiek",
            "Van onze verslaggever",
            "De minister van Volkshuisvesting in de Tweede Kamer. (Foto: ANP/Bart Maat)",
            "Leestijd 3 minuten",
            "Kopieer link",
        ],
        "keep": [
            "De krant verloor vorig jaar ruim twintigduizend abonnees, meldt het concern.",
            "Klanten die al abonnee zijn, betalen volgend jaar minder.",
            "Gevraagd om te reageren, zei de minister dat hij de uitspraak nog bestudeert.",
            "De foto, die op sociale media werd gedeeld, is meer dan een miljoen keer bekeken.",
            "In de eerste maand na de invoering daalde het aantal klachten met een kwart.",
            "Meer dan driehonderd mensen moesten hun huis verlaten.",
            "De partijen willen de kosten eerlijker delen.",
            "Huurders betalen nu gemiddeld € 900 per maand.",
        ],
    },
    "no": {
        "paragraphs": [
            ("Regjeringen la tirsdag fram et forslag som skal begrense strømprisene for "
            "husholdninger i Sør-Norge gjennom vinteren. Ifølge statsministeren vil en vanlig "
            "familie spare rundt tre tusen kroner i løpet av de kaldeste månedene."),
            ("Opposisjonen mener tiltaket kommer for sent og er for lite treffsikkert, og flere "
            "partier vil kreve endringer når saken behandles i Stortinget. Kraftbransjen advarer "
            "samtidig om at ordningen kan svekke viljen til å spare strøm."),
        ],
        "drop": [
            "Klikk for å dele på Mastodon (Åpnes i et nytt vindu)",
            "Bli abonnent",
            "Les også: Slik kan du spare strøm i vinter",
            "Del artikkel",
            "Annonse",
            "Logg inn",
            "Publisert: 14.03.24 kl. 09:15",
            "Sist oppdatert 14. mars 2024 - 10:42",
            "Meld deg på nyhetsbrevet",
            "Mest lest",
            "Skriv en kommentar",
            "Statsministeren på pressekonferansen tirsdag. Foto: Ola Nordmann / NTB",
            "Vis mer",
            "Kopier lenke",
            "Saken fortsetter under annonsen",
            "Vi bruker informasjonskapsler for å gi deg en bedre opplevelse.",
            "© 2024 Avisen Vestfold AS",
        ],
        "keep": [
            "Avisen mistet rundt tjue tusen abonnenter i fjor, opplyser konsernet.",
            "Bildet, som ble delt på sosiale medier, er sett over en million ganger.",
            "Kommentarene fra ministeren kom etter et møte med partiene mandag.",
            "Mer enn tre hundre mennesker måtte forlate hjemmene sine.",
            "Partiene vil dele kostnadene mer rettferdig.",
            "Husholdningene betaler nå i snitt 1,20 kroner per kilowattime.",
        ],
    },
    "ru": {
        "paragraphs": [
            ("Банк России в пятницу сохранил ключевую ставку на уровне шестнадцати процентов "
            "годовых, "
            "как и ожидало большинство опрошенных аналитиков. В сообщении регулятора говорится, "
            "что "
            "инфляционное давление постепенно снижается, однако остаётся высоким из-за роста "
            "потребительского спроса и дефицита кадров."),
            ("Председатель Центробанка на пресс-конференции после заседания не исключила, что "
            "снижение ставки может начаться во втором полугодии. По данным Росстата, годовая "
            "инфляция в феврале замедлилась до семи и семи десятых процента, но по-прежнему почти "
            "вдвое превышает целевой ориентир."),
        ],
        "drop": [
            "Подписаться",
            "Читайте также: Минфин предложил изменить правила уплаты НДФЛ",
            "Поделиться",
            "Реклама",
            "Комментарии",
            "© 2024 МИА «Россия сегодня». Все права защищены.",
            "Фото: Сергей Бобылев / ТАСС",
            "Автор: Иван Петров",
            "13 марта 2024, 14:33",
            "Обновлено 13.03.2024 15:10 (МСК)",
            "Материал доступен только подписчикам. Оформите подписку, чтобы продолжить чтение.",
            "Мы используем файлы cookie, чтобы сделать сайт удобнее для вас.",
            "Подпишитесь на нашу рассылку",
            "Самое читаемое",
            "Войдите, чтобы оставить комментарий",
            "Скачайте наше приложение",
            "Поддержите независимую журналистику",
            "Подписывайтесь на наш канал в Telegram",
            "Нашли ошибку? Выделите её и нажмите Ctrl+Enter",
            "Текст: Анна Петрова · 11 октября 2018",
            "ТАСС",
            "Свидетельство о регистрации СМИ Эл № ФС77-67790 выдано Роскомнадзором",
        ],
        "keep": [
            "Роскомнадзор заблокировал сайт издания в среду.",
            "Число подписчиков газеты за год сократилось на двадцать тысяч.",
            "Он решил поделиться в соцсетях фотографией с места событий.",
            "Пресс-секретарь отказался от комментариев.",
            "Средняя пенсия составит двадцать три тысячи рублей в месяц.",
            "Минюст признал иноагентом ещё одного журналиста.",
            "Главное, по словам министра, — не допустить роста цен на топливо.",
        ],
    },
    "pl": {
        "paragraphs": [
            ("Rada Polityki Pieniężnej na zakończonym w środę posiedzeniu pozostawiła stopy "
            "procentowe bez zmian, a stopa referencyjna nadal wynosi pięć i trzy czwarte procent. "
            "Decyzja była zgodna z oczekiwaniami większości ekonomistów ankietowanych przez "
            "agencje informacyjne."),
            ("Prezes Narodowego Banku Polskiego podczas czwartkowej konferencji prasowej ocenił, "
            "że na obniżki stóp jest obecnie za wcześnie, ponieważ inflacja bazowa pozostaje "
            "wysoka. Według wstępnych danych Głównego Urzędu Statystycznego ceny towarów i usług "
            "konsumpcyjnych wzrosły w lutym o prawie trzy procent rok do roku."),
        ],
        "drop": [
            "Wykup subskrypcję",
            "Czytaj także: Kredyty hipoteczne znów drożeją. Co z ratami?",
            "Udostępnij",
            "Reklama",
            "Zaloguj się",
            "Wszelkie prawa zastrzeżone",
            "Fot. Jakub Kamiński / PAP",
            "Autor: Anna Nowak",
            "13 marca 2024, 14:33",
            "Aktualizacja: 13.03.2024 15:10",
            "Ten artykuł jest dostępny tylko dla subskrybentów. Wykup dostęp, aby czytać dalej.",
            "Używamy plików cookies, aby zapewnić Ci najlepsze doświadczenia w naszym serwisie.",
            "Zapisz się do newslettera",
            "Najczęściej czytane",
            "Dodaj komentarz",
            "Pobierz aplikację",
            "Wesprzyj nas",
            "Prezes NBP podczas konferencji prasowej w Warszawie (fot. PAP/Radek Pietruszka)",
            "oprac. Katarzyna Wiśniewska",
            "PAP",
            "Skopiuj link",
        ],
        "keep": [
            "Gazeta straciła w ubiegłym roku ponad dziesięć tysięcy subskrybentów.",
            "Rzecznik ministerstwa odmówił komentarza w tej sprawie.",
            "Prokuratura uzyskała pełny dostęp do akt sprawy.",
            "Zdjęcie, opublikowane w mediach społecznościowych, obejrzało ponad milion osób.",
            "Sprzedano tysiące ciasteczek w ramach akcji charytatywnej.",
            "Autor książki przyznał, że inspiracją była historia jego rodziny.",
            "Minimalne wynagrodzenie wyniesie 4300 zł miesięcznie.",
        ],
    },
    "sv": {
        "paragraphs": [
            ("Regeringen presenterade på tisdagen ett förslag som ska sänka elpriset för "
            "hushåll i södra Sverige under vintern. Enligt statsministern kommer en vanlig "
            "familj att spara omkring tretusen kronor under de kallaste månaderna."),
            ("Oppositionen menar att åtgärden kommer för sent och är dåligt riktad, och flera "
            "partier vill kräva ändringar när frågan behandlas i riksdagen. Energibranschen "
            "varnar samtidigt för att stödet kan minska viljan att spara el."),
        ],
        "drop": [
            "Klicka för att dela på Mastodon (Öppnas i ett nytt fönster)",
            "Bli prenumerant",
            "Läs också: Så kan du spara el i vinter",
            "Dela artikeln",
            "Annons",
            "Logga in",
            "Publicerad 14 mars 2024 kl. 09.15",
            "Uppdaterad 14.03.2024 10:42",
            "Anmäl dig till nyhetsbrevet",
            "Mest läst",
            "Skriv en kommentar",
            "Statsministern på presskonferensen i tisdags. Foto: Anna Andersson / TT",
            "Visa mer",
            "Kopiera länk",
            "Artikeln fortsätter under annonsen",
            "Vi använder cookies för att ge dig en bättre upplevelse.",
            "© Nyhetsbolaget i Norrland 2024",
        ],
        "keep": [
            "Tidningen förlorade omkring tjugotusen prenumeranter i fjol, uppger koncernen.",
            "Bilden, som delades i sociala medier, har setts över en miljon gånger.",
            "Kommentarerna från ministern kom efter ett möte med partierna i måndags.",
            "Mer än trehundra personer tvingades lämna sina hem.",
            "Partierna vill dela kostnaderna mer rättvist.",
            "Hushållen betalar nu i snitt 1,20 kronor per kilowattimme.",
        ],
    },
    "cs": {
        "paragraphs": [
            ("Vláda na středečním jednání schválila návrh zákona, který má od příštího roku "
            "zrychlit povolování stavby nových větrných a solárních elektráren. Ministr průmyslu "
            "uvedl, že by se doba řízení mohla zkrátit až na polovinu a investoři by měli mít "
            "jasnější pravidla. Návrh nyní míří do Poslanecké sněmovny, kde ho čeká první čtení."),
            ("Opozice tvrdí, že zákon omezuje práva obcí a místních spolků, které se dosud mohly "
            "k projektům vyjadřovat v delších lhůtách. Starostové menších obcí se obávají, že "
            "nebudou mít dost času posoudit dopady staveb na krajinu. Energetické společnosti "
            "naopak změnu vítají a upozorňují, že bez rychlejšího povolování nebude možné splnit "
            "evropské klimatické cíle."),
        ],
        "drop": [
            "Sdílet",
            "Čtěte také: Ceny energií v příštím roce klesnou, odhadují analytici",
            "Foto: Michal Kamaryt / ČTK",
            "Autor: Jana Nováková",
            "13. března 2024 14:33",
            "Aktualizováno 13. března 2024 15:10",
            "před 2 hodinami",
            "Tento článek je dostupný pouze pro předplatitele.",
            "Už máte předplatné? Přihlaste se",
            "Používáme cookies, abychom vám zajistili co nejlepší zážitek z našeho webu.",
            "Souhlasím",
            "Diskuse (128)",
            "Vstoupit do diskuse",
            "Přihlaste se k odběru našeho newsletteru",
            "Reklama",
            "Článek pokračuje pod reklamou",
            "Nejčtenější",
            "Mohlo by vás zajímat",
            "Kopírovat odkaz",
            "Přihlásit se",
            "Podpořte nezávislou žurnalistiku",
            "© 2024 Česká tisková kancelář. Všechna práva vyhrazena.",
            ("Jakékoliv užití obsahu včetně převzetí, šíření či dalšího zpřístupnění článků a "
            "fotografií je bez souhlasu vydavatele zakázáno."),
            "Ministr průmyslu na tiskové konferenci po jednání vlády. Foto: Vít Šimánek / ČTK",
            "Stáhněte si naši aplikaci",
            "ČTK",
            "Klikněte pro sdílení na Facebooku (Otevře se v novém okně)",
            "Doba čtení: 4 minuty",
            "Zprávy › Domácí › Politika",
        ],
        "keep": [
            "Deník loni přišel o více než deset tisíc předplatitelů, uvedl mluvčí vydavatelství.",
            "Mluvčí ministerstva odmítl situaci komentovat.",
            "Fotografie, kterou policie zveřejnila na sociálních sítích, sdílely tisíce lidí.",
            "Televize podle nového zákona nesmí vysílat reklamu během pořadů pro děti.",
            "Poslanci o návrhu povedou diskusi až po letních prázdninách.",
            "Předplatné streamovacích služeb od ledna zdraží v průměru o padesát korun měsíčně.",
            ("Úřad pro ochranu osobních údajů prověřuje, jak zpravodajské weby používají soubory "
            "cookies."),
            "Obyvatelé se mohou přihlásit k odběru varovných zpráv na webu radnice.",
            "Autor knihy přiznal, že se inspiroval příběhem svého dědečka.",
            "Premiér se k žádosti vyjádří ve středu 13. března po jednání vlády.",
            "Další informace o průběhu vyšetřování policie zatím nezveřejnila.",
            "Komentáře ministra vyvolaly v koalici bouřlivé reakce.",
        ],
    },
    "da": {
        "paragraphs": [
            ("Regeringen fremlagde tirsdag et udspil, som skal sænke elregningen for "
            "husholdningerne i Østdanmark hen over vinteren. Ifølge statsministeren vil en "
            "almindelig familie kunne spare omkring tre tusind kroner i løbet af de koldeste "
            "måneder, og ordningen skal træde i kraft allerede fra den første december."),
            ("Oppositionen mener, at tiltaget kommer alt for sent og ikke er målrettet dem, der "
            "har det største behov. Flere partier vil kræve ændringer, når forslaget skal "
            "behandles i Folketinget efter jul. Energibranchen advarer samtidig om, at støtten kan "
            "svække danskernes lyst til at spare på strømmen."),
        ],
        "drop": [
            "Klik for at dele på Facebook (Åbner i et nyt vindue)",
            "Bliv abonnent",
            "Læs også: Sådan sparer du på strømmen i vinter",
            "Del artiklen",
            "Annonce",
            "Log ind",
            "Publiceret 14. marts 2024 kl. 09.15",
            "Opdateret 14.03.2024 10:42",
            "Tilmeld dig vores nyhedsbrev",
            "Mest læste",
            "Skriv en kommentar",
            "Statsministeren på pressemødet tirsdag. Foto: Mads Claus Rasmussen/Ritzau Scanpix",
            "Vis mere",
            "Kopiér link",
            "Artiklen fortsætter under annoncen",
            "Vi bruger cookies for at give dig den bedste oplevelse på vores hjemmeside.",
            "Af Mette Kjær Hansen",
            "Denne artikel er forbeholdt abonnenter. Prøv 1 måned gratis.",
            "/ritzau/",
            "Ansvarshavende chefredaktør: Lars Nielsen",
            "Alle rettigheder forbeholdes",
            "Støt vores journalistik",
            "Ritzau/AFP",
            "For 2 timer siden",
            "Læsetid: 4 min.",
            "Er du allerede abonnent? Log ind her",
            "Få de vigtigste nyheder direkte i din indbakke hver morgen.",
            "Vær den første til at kommentere",
            "Sponsoreret indhold",
            "Side 2 af 5",
        ],
        "keep": [
            "Avisen mistede omkring tyve tusind abonnenter sidste år, oplyser koncernen.",
            "Billedet, som blev delt på sociale medier, er blevet set over en million gange.",
            "Ministerens kommentarer faldt efter et møde med partierne mandag.",
            "Mere end tre hundrede mennesker måtte forlade deres hjem.",
            "Partierne vil dele udgifterne mere retfærdigt mellem land og by.",
            "Husholdningerne betaler nu i gennemsnit 1,20 kroner pr. kilowatttime.",
            "Virksomheden har brugt millioner af kroner på annoncer i landsdækkende aviser.",
            "Forbrugerrådet mener, at kunderne bør kunne opsige deres abonnement uden binding.",
            "Datatilsynet har undersøgt, hvordan kommunerne bruger cookies til at følge borgerne.",
            "Han vil ikke svare på kritikken, før sagen er afsluttet.",
            "Læs mere om reglerne på Skatterådets hjemmeside, opfordrer ministeriet.",
            "Politiet har offentliggjort billeder af den mistænkte og beder om hjælp fra borgerne.",
        ],
    },
    "tr": {
        "paragraphs": [
            ("Merkez Bankası Para Politikası Kurulu, perşembe günü yaptığı toplantıda politika "
            "faizini yüzde 50 seviyesinde sabit tutma kararı aldı. Kurul, açıklamasında "
            "enflasyonun ana eğiliminde belirgin bir yavaşlama görülene kadar sıkı para politikası "
            "duruşunun sürdürüleceğini vurguladı. Piyasalarda karar büyük ölçüde beklenirken, dolar "
            "kuru açıklamanın ardından sınırlı bir yükseliş gösterdi."),
            ("Ekonomistler, yılın ikinci yarısında faiz indirimlerinin gündeme gelebileceğini ancak "
            "bunun için kira ve hizmet fiyatlarındaki artışın yavaşlaması gerektiğini belirtiyor. "
            "Türkiye İstatistik Kurumu verilerine göre yıllık enflasyon geçen ay yüzde 69,8 olarak "
            "gerçekleşmişti. Hazine ve Maliye Bakanı, kamu harcamalarında tasarruf tedbirlerinin "
            "kararlılıkla uygulanacağını söyledi."),
        ],
        "drop": [
            "Paylaş",
            "İlgili Haberler",
            "İLGİLİ HABERLER",
            "Fotoğraf: AA",
            ("Merkez Bankası Başkanı toplantının ardından basın mensuplarının sorularını yanıtladı. "
            "Fotoğraf: Ali Demir / AA"),
            "Haber: Ayşe Yılmaz",
            "Kaynak: DHA",
            "Güncelleme: 21.03.2024 14:35",
            "21 Mart 2024 Perşembe 14:35",
            "3 dakika önce",
            "Bu içerik abonelere özeldir. Okumaya devam etmek için abone olun.",
            ("Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için çerez politikamızı "
            "inceleyebilirsiniz."),
            "Yorum yapabilmek için giriş yapmalısınız.",
            ("Hakaret, küfür, rencide edici cümleler veya imalar, inançlara saldırı içeren, imla "
            "kuralları ile yazılmamış, Türkçe karakter kullanılmayan ve büyük harflerle yazılmış "
            "yorumlar onaylanmamaktadır."),
            "E-bültenimize abone olun, gündemi kaçırmayın.",
            "Reklam",
            "Haberin Devamı",
            "En Çok Okunanlar",
            "Bunlar da ilginizi çekebilir",
            "Google News'te bizi takip edin",
            "© 2024 Tüm hakları saklıdır.",
            "Son dakika gelişmelerinden haberdar olmak için bildirimleri açın.",
            "Bağlantı kopyalandı",
            "Etiketler: Merkez Bankası, faiz, enflasyon",
            "Tümünü Kabul Et",
            "Abone Ol",
            "Yorumlar (12)",
            "Sponsorlu İçerik",
            "Haberi Dinle",
            "Önceki Haber",
        ],
        "keep": [
            "Platformun abone sayısı geçen yıl yüzde 12 artarak 4 milyonu aştı.",
            "Fotoğraf sosyal medyada kısa sürede binlerce kez paylaşıldı.",
            "Şirketin reklam harcamaları ilk çeyrekte yüzde 30 arttı.",
            "Muhalefet partileri karar hakkında sert bir yorum yaptı.",
            "Şirket, abonelere özel kampanyayı mart sonuna kadar uzattığını duyurdu.",
            ("Açıklamada, çerez ve kuruyemiş fiyatlarının bayram öncesinde yüzde 40 arttığı "
            "belirtildi."),
            "Son dakika olarak duyurulan karar, piyasalarda sert dalgalanmaya yol açtı.",
            "Bakanlık, kişisel verilerin korunması konusunda yeni bir yönetmelik hazırladı.",
            ("Vatandaşlar, e-Devlet şifresi ile giriş yaparak başvurularını internet üzerinden "
            "tamamlayabilecek."),
            "Son 24 saat içinde kentte 12 artçı deprem kaydedildi.",
            "İHA görüntüleri, yangının ormanlık alanda hızla yayıldığını gösterdi.",
            "Bakan, gazetecilerin sorularını yanıtlamadan salondan ayrıldı.",
        ],
    },
    "uk": {
        "paragraphs": [
            ("Національний банк України в четвер зберіг облікову ставку на рівні тринадцяти "
            "відсотків річних, як і очікувала більшість опитаних аналітиків. У повідомленні "
            "регулятора йдеться, що інфляційний тиск поступово слабшає, проте залишається "
            "відчутним через зростання витрат бізнесу на енергію та дефіцит працівників. Рішення "
            "ухвалили одноголосно на засіданні правління."),
            ("Голова Нацбанку на пресконференції після засідання не виключив, що пом'якшення "
            "монетарної політики може розпочатися наприкінці року. За даними Держстату, річна "
            "інфляція в березні прискорилася до семи і двох десятих відсотка, однак залишається "
            "нижчою за прогноз, який регулятор оприлюднив у січні. Економісти вважають, що "
            "наступного кварталу ціни на продукти зростатимуть повільніше завдяки новому врожаю."),
        ],
        "drop": [
            "Поділитися",
            "Читайте також: Уряд змінив правила нарахування субсидій на опалювальний сезон",
            "Реклама",
            "Коментарі",
            "© 2024 Українська правда. Усі права захищені.",
            "Фото: Олександр Клименко / Укрінформ",
            "Автор: Олена Коваленко",
            "14 березня 2024, 15:20",
            "Оновлено 14.03.2024 о 16:05",
            "Матеріал доступний лише передплатникам. Оформіть передплату, щоб продовжити читання.",
            "Ми використовуємо файли cookie, щоб зробити сайт зручнішим для вас.",
            "Підпишіться на нашу розсилку",
            "Найчитаніше",
            "Увійдіть, щоб залишити коментар",
            "Завантажте наш застосунок",
            "Підтримайте незалежну журналістику",
            "Підписуйтеся на наш Telegram-канал",
            "Знайшли помилку? Виділіть її та натисніть Ctrl+Enter",
            "УНІАН",
            "Продовження після реклами",
            "Теги: НБУ, облікова ставка, інфляція",
            "Думка автора може не збігатися з позицією редакції",
            "Суб'єкт у сфері онлайн-медіа; ідентифікатор медіа R40-01234",
            "П'ятниця, 15 березня 2024",
            "Поділитися: Facebook Telegram Twitter",
            "Фото ілюстративне",
            "Читайте нас у Telegram",
            "12 коментарів",
            "5 хв читання",
            ("Використання матеріалів дозволяється за умови посилання на сайт не нижче першого "
            "абзацу."),
        ],
        "keep": [
            "Кількість підписників каналу за рік зросла на двадцять тисяч.",
            "Він вирішив поділитися у соцмережах фотографією з місця подій.",
            "Речник міністерства відмовився від коментарів.",
            ("Поліція оприлюднила фото підозрюваного і просить громадян повідомити, якщо вони "
            "його бачили."),
            "Рекламу азартних ігор у країні обмежили ще минулого року.",
            "Середня пенсія становитиме шість тисяч гривень на місяць.",
            "Головне, за словами міністра, — не допустити зростання цін на пальне.",
            ("Користувачі зможуть отримувати сповіщення про повітряну тривогу навіть без "
            "інтернету."),
            "Передплата на газету подорожчала до 150 грн на місяць, повідомили у видавництві.",
            "Компанія змінила політику конфіденційності після скарг користувачів.",
            "Фото з місця події опублікував Генштаб.",
            "«Допоможіть нам зберегти країну», — звернувся президент до партнерів.",
            "Дія надсилатиме push-сповіщення про зміни в реєстрі.",
            "Вчора ввечері в Києві пролунали вибухи.",
            ("Журналіст попросив його залишити коментар щодо звинувачень, але той не відповів на "
            "дзвінки."),
        ],
    },
    "vi": {
        "paragraphs": [
            ("Bộ Công Thương hôm thứ Ba đã trình Chính phủ phương án điều chỉnh giá bán lẻ điện "
            "bình quân, theo đó mức giá mới sẽ tăng khoảng 4,8% so với hiện hành. Theo tính toán "
            "của cơ quan soạn thảo, một hộ gia đình sử dụng khoảng 200 kWh mỗi tháng sẽ phải trả "
            "thêm gần 30.000 đồng. Đại diện Tập đoàn Điện lực Việt Nam cho biết doanh nghiệp đã lỗ "
            "lũy kế hơn 26.000 tỷ đồng trong hai năm qua do giá thành sản xuất cao hơn giá bán."),
            ("Nhiều chuyên gia kinh tế cho rằng việc tăng giá là cần thiết để đảm bảo nguồn vốn "
            "đầu tư cho lưới điện, nhưng cần đi kèm các biện pháp hỗ trợ hộ nghèo và hộ chính sách. "
            "Một số đại biểu Quốc hội đề nghị công khai minh bạch chi phí sản xuất điện trước khi "
            "điều chỉnh. Dự kiến, phương án sẽ được xem xét tại phiên họp thường kỳ của Chính phủ "
            "vào cuối tháng này."),
        ],
        "drop": [
            "Chia sẻ",
            "Sao chép liên kết",
            "Xem thêm: Giá xăng dầu tăng lần thứ ba liên tiếp",
            "Tin liên quan",
            "Có thể bạn quan tâm",
            "Công nhân thi công đường dây 500 kV mạch 3 qua tỉnh Nghệ An. Ảnh: Minh Quân",
            "Ảnh minh họa",
            "Theo TTXVN",
            "Bài và ảnh: Lê Minh",
            "Thứ hai, 12/3/2024, 08:15 (GMT+7)",
            "Cập nhật: 14/03/2024 09:15",
            "2 giờ trước",
            "Cập nhật lúc 09:15 ngày 14/03/2024",
            "Đăng nhập để bình luận",
            "Bình luận (12)",
            "Ý kiến của bạn sẽ được biên tập trước khi đăng. Xin vui lòng gõ tiếng Việt có dấu.",
            ("Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. Bằng việc tiếp tục sử "
            "dụng trang web, bạn đồng ý với chính sách của chúng tôi."),
            "Đăng ký nhận bản tin",
            "Quảng cáo",
            "Bài viết dành riêng cho hội viên. Đăng ký gói hội viên để đọc tiếp bài viết.",
            ("© Bản quyền thuộc về Báo Điện tử Ví Dụ. Ghi rõ nguồn khi phát hành lại thông tin "
            "từ website này."),
            "Trang chủ",
            "Bật thông báo để nhận tin tức mới nhất",
            "Theo dõi chúng tôi trên Google News",
            "Từ khóa: giá điện, EVN, Bộ Công Thương",
        ],
        "keep": [
            ("Bài đăng của ông trên mạng xã hội đã nhận được hơn hai nghìn bình luận chỉ trong "
            "một buổi sáng."),
            ("Nhiều phụ huynh chia sẻ rằng họ phải xếp hàng từ sáng sớm để đăng ký cho con vào "
            "lớp một."),
            ("Bức ảnh chụp cảnh ngập lụt trên phố Hàng Bài được lan truyền rộng rãi trên mạng "
            "xã hội."),
            ("Công ty bị phạt 200 triệu đồng vì đăng quảng cáo sai sự thật về thực phẩm chức "
            "năng."),
            ("Ông cho biết tòa soạn đã nhận được nhiều ý kiến phản hồi của bạn đọc về vụ việc "
            "này."),
            "Đến nay, hơn 300 hộ dân đã đồng ý bàn giao mặt bằng cho dự án.",
            "Ngày 12/3, Bộ Y tế thông báo ghi nhận thêm 15 ca mắc mới.",
            ("Số người đăng ký đọc bản điện tử của tờ báo đã tăng gấp đôi trong năm qua, theo "
            "báo cáo thường niên."),
            "Theo dõi diễn biến thời tiết, người dân cần chủ động phòng tránh mưa lũ.",
            "Theo Reuters, giá dầu thô đã giảm hơn 3% trong phiên giao dịch cuối tuần.",
            ("Tòa án xác định bản quyền thuộc về nhạc sĩ đã sáng tác bài hát từ năm 1975, không "
            "phải công ty phát hành."),
            ("Người dân có thể bật thông báo trên ứng dụng để nhận cảnh báo thiên tai sớm hơn "
            "so với trước đây."),
            ("Theo chuyên gia, nhiều người dùng bấm chấp nhận cookie mà không đọc kỹ điều khoản "
            "sử dụng của trang web."),
            ("Tổng biên tập tờ báo cho biết sẽ rà soát lại toàn bộ quy trình kiểm duyệt nội dung "
            "trước khi đăng."),
        ],
    },
    "zh": {
        "paragraphs": [
            ("国家统计局周二发布的数据显示，今年前两个月全国规模以上工业增加值同比增长百分之七，"
            "增速明显高于市场预期。分析人士指出，出口订单回暖和设备更新政策是主要推动力，"
            "但房地产投资仍在下滑，内需恢复的基础尚不牢固。"),
            ("多家券商在报告中表示，央行可能在第二季度进一步下调存款准备金率，以稳定市场信心。"
            "也有经济学家提醒，地方政府的债务压力不容忽视，一些中西部城市的基础设施项目已因资金不足而放缓，"
            "后续政策需要更加精准地落地。"),
        ],
        "drop": [
            "分享到：微信 微博 QQ空间",
            "相关阅读",
            "【延伸閱讀】央行今年第二次降準 釋出長期資金",
            "图：新华社",
            "新华社记者 张三 摄",
            "（图片来源：视觉中国）",
            "记者 张三 李四",
            "责任编辑：李四",
            "（編輯：王小明）1130312",
            "2024-03-12 08:15 来源：新华网",
            "2024年3月12日 星期二",
            "请登录后发表评论",
            "登入 / 註冊",
            "發表評論",
            "评论（12）",
            ("本網站使用 Cookie 以提供更佳的瀏覽體驗，繼續瀏覽即表示您同意我們使用 Cookie。"),
            "訂閱電子報",
            "关注澎湃新闻微信公众号",
            "下载澎湃新闻客户端",
            "廣告",
            "本文为付费内容，订阅后即可阅读全文。",
            "支持我們的獨立報導",
            "下一篇",
            "24小时热门",
            "版权所有，未经授权不得转载",
            "Copyright © 2024 新华网 All Rights Reserved",
            "京ICP备12345678号",
        ],
        "keep": [
            "该报去年失去约两万名订阅用户，广告收入也下降了三成。",
            "这些照片在社交媒体上被大量分享，浏览量超过一百万次。",
            "他在接受记者采访时表示，公司目前不会对此事发表任何评论。",
            "網友在留言區紛紛表示支持，也有人批評政府的反應太慢。",
            "警方公布的图片显示，嫌疑人当晚曾两次进入该商场。",
            "研究人员发现，许多网站使用Cookie追踪用户的浏览习惯，却没有明确告知。",
            "記者會將於週三上午在市政府舉行，市長將親自說明預算案。",
            "法院认定，被告未经授权复制并出售他人作品，侵犯了原作者的著作权。",
            "评论人士认为，这项政策将让更多中低收入家庭受益。",
            "2024年3月12日，国务院常务会议审议通过了相关方案。",
        ],
    },
    "ar": {
        "paragraphs": [
            ("قرر البنك المركزي المصري في اجتماعه الدوري مساء الخميس الإبقاء على أسعار الفائدة "
            "دون تغيير للمرة الثالثة على التوالي، في خطوة توقعها معظم المحللين. وقال البنك في بيان "
            "إن معدلات التضخم السنوية بدأت تتراجع تدريجيا منذ مطلع العام، لكنها لا تزال أعلى من "
            "المستهدف. وأضاف أن لجنة السياسة النقدية ستواصل متابعة التطورات الاقتصادية المحلية "
            "والعالمية عن كثب قبل اتخاذ أي قرار جديد."),
            ("ويرى خبراء اقتصاديون أن تثبيت الفائدة يمنح الأسواق قدرا من الاستقرار بعد أشهر من "
            "التقلبات الحادة في سعر صرف الجنيه أمام الدولار. وأشار تقرير صادر عن إحدى شركات "
            "الأبحاث في القاهرة إلى أن الاستثمارات الأجنبية في أدوات الدين الحكومية ارتفعت بنحو "
            "ثلاثة مليارات دولار خلال الربع الأخير. في المقابل، حذر آخرون من أن استمرار ارتفاع "
            "أسعار الغذاء والطاقة قد يدفع البنك إلى رفع الفائدة مجددا في النصف الثاني من العام."),
        ],
        "drop": [
            "شارك",
            "مشاركة الخبر",
            "اقرأ أيضا",
            "اقرأ أيضاً: الحكومة ترفع أسعار الوقود للمرة الثانية هذا العام",
            "إقرأ أيضا.. تراجع أسعار الذهب في السوق المحلية",
            "أخبار ذات صلة",
            "الأكثر قراءة",
            "مصدر الصورة،Getty Images",
            "تصوير: أحمد حسن",
            "صورة أرشيفية",
            "محافظ البنك المركزي خلال مؤتمر صحفي في القاهرة (رويترز)",
            "كتب - محمد عبد الحميد:",
            "كتب محمد عبد الحميد",
            "بقلم: خالد منصور",
            "المصدر : الجزيرة + وكالات",
            "القاهرة - أ ف ب",
            "الخميس 21 مارس 2024 08:15 م",
            "نشر في: 21/3/2024 - 20:15 (توقيت مكة)",
            "آخر تحديث: 21 مارس ,2024: 09:31 م GST",
            "منذ 3 ساعات",
            "3 دقائق للقراءة",
            "اشترك الآن للحصول على وصول غير محدود إلى جميع المقالات",
            "هذا المقال متاح للمشتركين فقط",
            "يستخدم هذا الموقع ملفات تعريف الارتباط لضمان حصولك على أفضل تجربة. بمواصلة التصفح فإنك توافق على ذلك.",
            "قبول الكل",
            "أضف تعليقاً",
            "التعليقات (12)",
            "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
            "اشترك في النشرة البريدية لتصلك أهم الأخبار يوميا",
            "إعلان",
            "جميع الحقوق محفوظة © 2024",
            "© 2024 جميع الحقوق محفوظة لمؤسسة الأهرام",
            "تابعونا على فيسبوك وتويتر",
            "فعل الإشعارات ليصلك كل جديد",
            "الكلمات المفتاحية: البنك المركزي، الفائدة، التضخم",
            "الرئيسية > اقتصاد > بنوك",
            "تخطى قصص مقترحة وواصل القراءة",
            "نسخ الرابط",
            "تسجيل الدخول",
            "ادعم الصحافة المستقلة",
            "رئيس التحرير: أحمد منصور",
            "المقال التالي",
        ],
        "keep": [
            "وارتفع عدد المشتركين في خدمات الإنترنت المنزلي إلى أكثر من 11 مليون مشترك بنهاية العام.",
            "وانتشرت الصورة على نطاق واسع في مواقع التواصل الاجتماعي خلال ساعات.",
            "وقالت الشركة إن إنفاقها على الإعلانات الرقمية تضاعف خلال العامين الماضيين.",
            "ورفض المتحدث باسم الوزارة التعليق على التقارير، مكتفيا بالقول إن التحقيقات مستمرة.",
            "وشارك في المؤتمر أكثر من 300 خبير ومسؤول من 40 دولة.",
            "وأكدت الهيئة أنها ستنشر نتائج الفحص كاملة على موقعها الإلكتروني الأسبوع المقبل.",
            "وكتب الرئيس على منصة إكس أن بلاده لن تقبل بأي تدخل في شؤونها الداخلية.",
            "وبعد الإعلان عن النتائج، خرج المئات إلى الشوارع احتفالا بفوز مرشحهم.",
            "وأوضح التقرير أن الشركات الناشئة تستخدم ملفات تعريف الارتباط لتتبع سلوك المستخدمين دون علمهم.",
            "ونشر الجيش صورا قال إنها تظهر مواقع إطلاق الصواريخ قرب الحدود منذ عام 2014.",
            "وتعهدت المنظمة بزيادة دعم الصحافة المستقلة في المنطقة خلال السنوات الخمس المقبلة.",
            "وطالبت الأمم المتحدة بضمان وصول غير محدود للمساعدات الإنسانية إلى القطاع.",
        ],
    },
    "el": {
        "paragraphs": [
            ("Η κυβέρνηση κατέθεσε την Τετάρτη στη Βουλή το νομοσχέδιο για την επιτάχυνση των "
            "αδειοδοτήσεων σε αιολικά και φωτοβολταϊκά πάρκα, το οποίο αναμένεται να ψηφιστεί έως "
            "το τέλος του μήνα. Ο υπουργός Περιβάλλοντος και Ενέργειας δήλωσε ότι ο χρόνος έκδοσης "
            "των αδειών θα μειωθεί σχεδόν στο μισό και ότι οι επενδυτές θα έχουν σαφέστερους κανόνες. "
            "Το σχέδιο νόμου προβλέπει επίσης ηλεκτρονική πλατφόρμα για την υποβολή των φακέλων."),
            ("Η αντιπολίτευση υποστηρίζει ότι οι νέες διατάξεις περιορίζουν τη συμμετοχή των δήμων "
            "και των τοπικών φορέων, οι οποίοι μέχρι σήμερα είχαν περισσότερο χρόνο για να "
            "διατυπώσουν τις αντιρρήσεις τους. Δήμαρχοι νησιωτικών περιοχών εκφράζουν φόβους ότι δεν "
            "θα προλάβουν να εξετάσουν τις επιπτώσεις στο τοπίο και στον τουρισμό. Αντίθετα, οι "
            "ενεργειακές εταιρείες χαιρετίζουν την αλλαγή και τονίζουν ότι χωρίς ταχύτερες "
            "διαδικασίες η χώρα δεν θα πετύχει τους ευρωπαϊκούς κλιματικούς στόχους."),
        ],
        "drop": [
            "Κοινοποίηση",
            "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ: Πώς θα διαμορφωθούν οι τιμές του ρεύματος τον Απρίλιο",
            "Διαβάστε ακόμα: Στο τραπέζι νέα μέτρα για την ακρίβεια",
            "Φωτογραφία: EUROKINISSI / ΓΙΩΡΓΟΣ ΚΟΝΤΑΡΙΝΗΣ",
            "Ο υπουργός Ενέργειας κατά την ομιλία του στη Βουλή (Φωτογραφία: ΑΠΕ-ΜΠΕ)",
            "Του Γιάννη Παπαδόπουλου",
            "Της Μαρίας Νικολάου",
            "Επιμέλεια: Ελένη Σταθοπούλου",
            "Τετάρτη, 13 Μαρτίου 2024, 14:33",
            "Ενημερώθηκε: 13 Μαρτίου 2024, 15:10",
            "πριν από 2 ώρες",
            "Χρόνος ανάγνωσης: 4 λεπτά",
            "Το άρθρο είναι διαθέσιμο μόνο για συνδρομητές.",
            "Είστε ήδη συνδρομητής; Συνδεθείτε",
            "Γίνε συνδρομητής με 1€ για τον πρώτο μήνα",
            "Χρησιμοποιούμε cookies για να σας προσφέρουμε την καλύτερη δυνατή εμπειρία στον ιστότοπό μας.",
            "Αποδοχή όλων",
            "Σχόλια (12)",
            "Γράψτε ένα σχόλιο",
            "Η ηλεκτρονική διεύθυνση σας δεν δημοσιεύεται. Τα υποχρεωτικά πεδία σημειώνονται με *",
            "Εγγραφείτε στο newsletter μας και μάθετε πρώτοι τις σημαντικότερες ειδήσεις της ημέρας.",
            "ΔΙΑΦΗΜΙΣΗ",
            "Η συνέχεια μετά τη διαφήμιση",
            "ΑΠΕ-ΜΠΕ",
            "Ακολουθήστε το in.gr στο Google News και μάθετε πρώτοι όλες τις ειδήσεις",
            "Σχετικά άρθρα",
            "Τα πιο διαβασμένα",
            "Αντιγραφή συνδέσμου",
            "Στηρίξτε την ανεξάρτητη δημοσιογραφία",
            "© 2024 Εκδοτική Αθηνών Α.Ε. Με την επιφύλαξη παντός δικαιώματος.",
            "Απαγορεύεται η αναδημοσίευση, αναπαραγωγή ή διασκευή του περιεχομένου χωρίς τη γραπτή άδεια του εκδότη.",
            "Πολιτική απορρήτου",
            "Ενεργοποιήστε τις ειδοποιήσεις για να μαθαίνετε πρώτοι τα έκτακτα νέα",
            "Σύνδεση / Εγγραφή",
            "Αρχική › Ειδήσεις › Πολιτική",
            "Ετικέτες: Βουλή, ενέργεια, ανανεώσιμες πηγές",
        ],
        "keep": [
            "Η εφημερίδα έχασε πέρυσι περισσότερους από δέκα χιλιάδες συνδρομητές, σύμφωνα με τον εκδότη.",
            "Ο εκπρόσωπος του υπουργείου αρνήθηκε να σχολιάσει τις πληροφορίες.",
            "Τη φωτογραφία, που δημοσίευσε η αστυνομία στα μέσα κοινωνικής δικτύωσης, κοινοποίησαν χιλιάδες χρήστες.",
            "Σύμφωνα με τον νέο νόμο, τα κανάλια δεν επιτρέπεται να μεταδίδουν διαφημίσεις κατά τη διάρκεια παιδικών εκπομπών.",
            "Τα σχόλια του πρωθυπουργού προκάλεσαν έντονες αντιδράσεις στο εσωτερικό της κυβέρνησης.",
            "Η συνδρομή στις υπηρεσίες ροής βίντεο θα ακριβύνει κατά μέσο όρο δύο ευρώ τον μήνα από τον Ιανουάριο.",
            "Η Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα εξετάζει πώς οι ειδησεογραφικοί ιστότοποι χρησιμοποιούν τα cookies.",
            "Οι κάτοικοι μπορούν να εγγραφούν στην υπηρεσία ειδοποιήσεων του δήμου για έκτακτα καιρικά φαινόμενα.",
            "Ο συγγραφέας του βιβλίου παραδέχθηκε ότι εμπνεύστηκε από την ιστορία του παππού του.",
            "Ο πρωθυπουργός θα απαντήσει στο αίτημα την Τετάρτη 13 Μαρτίου, μετά τη συνεδρίαση του υπουργικού συμβουλίου.",
            "Περισσότερα στοιχεία για την πορεία της έρευνας η αστυνομία δεν έχει δώσει ακόμη στη δημοσιότητα.",
            "Οι βουλευτές θα συζητήσουν την πρόταση μετά τις θερινές διακοπές.",
        ],
    },
    "fi": {
        "paragraphs": [
            ("Hallitus esitteli tiistaina budjettiriihessä sovitut toimet, joilla se aikoo "
            "leikata valtion menoja noin kolmella miljardilla eurolla vaalikauden loppuun "
            "mennessä. Valtiovarainministerin mukaan säästöt kohdistuvat erityisesti "
            "yritystukiin ja hallinnon kuluihin, mutta myös osa sosiaaliturvan indeksikorotuksista "
            "jäädytetään ensi vuodeksi. Muutosten on määrä tulla voimaan tammikuun alussa."),
            ("Oppositio arvosteli ratkaisuja jyrkästi ja sanoi niiden osuvan kovimmin "
            "pienituloisiin lapsiperheisiin ja eläkeläisiin. Sosiaalidemokraattien "
            "eduskuntaryhmän puheenjohtaja vaati hallitusta laskemaan leikkausten yhteisvaikutukset "
            "ennen kuin esitykset tuodaan eduskunnan käsittelyyn. Myös useat ammattiliitot "
            "ilmoittivat harkitsevansa poliittisia lakkoja syksyn aikana."),
        ],
        "drop": [
            "Klikkaa jakaaksesi Facebookissa (Avautuu uudessa ikkunassa)",
            "Jaa artikkeli",
            "Lue myös: Näin budjettiriihen päätökset vaikuttavat kukkaroosi",
            "LUE MYÖS Sähkön hinta nousi ennätyslukemiin pakkasten myötä",
            "Kuva: Heikki Saukkomaa / Lehtikuva",
            "Valtiovarainministeri esitteli leikkauslistan Säätytalolla tiistaina. Kuva: Emmi Korhonen / Lehtikuva",
            "Teksti: Matti Virtanen",
            "Julkaistu 12.3.2024 14:33",
            "Päivitetty 12.3. klo 15.02",
            "Tiistai 12. maaliskuuta 2024 klo 14.33",
            "3 tuntia sitten",
            "Juttua päivitetty klo 15.20: lisätty oppositiojohtajan kommentit.",
            "Tämä juttu on luettavissa vain tilaajille.",
            "Oletko jo tilaaja? Kirjaudu sisään",
            "Tilaa nyt ja lue kaikki jutut rajattomasti",
            "Käytämme evästeitä parantaaksemme käyttökokemusta ja kohdentaaksemme mainontaa.",
            "Hyväksy kaikki evästeet",
            "Kommentit (24)",
            "Kirjoita kommentti",
            "Tilaa uutiskirjeemme ja saat päivän tärkeimmät uutiset suoraan sähköpostiisi.",
            "Mainos",
            "Artikkeli jatkuu mainoksen jälkeen",
            "Kaupallinen yhteistyö: Suomen Energia Oy",
            "© 2024 Sanoma Media Finland Oy. Kaikki oikeudet pidätetään.",
            "Vastaava päätoimittaja: Maria Virtanen",
            "Luetuimmat",
            "Aiheeseen liittyvät artikkelit",
            "Kopioi linkki",
            "STT–AFP",
            "Lukuaika 4 min",
            "Tue riippumatonta journalismia",
            "Siirry sisältöön",
            "Ota ilmoitukset käyttöön",
            "Kirjaudu sisään tai luo tunnus",
        ],
        "keep": [
            "Lehti menetti viime vuonna noin kymmenentuhatta tilaajaa, kertoo konsernin viestintä.",
            "Ministerin kommentit somessa herättivät laajaa kohua jo samana iltana.",
            "Poliisi julkaisi epäillystä kuvan ja pyytää yleisöltä vihjeitä.",
            "Yhtiö käytti viime vuonna miljoonia euroja mainontaan sanomalehdissä.",
            "Puolueet haluavat jakaa kustannukset tasaisemmin kuntien ja valtion kesken.",
            "Kuluttajaviranomainen selvittää, miten verkkokaupat käyttävät evästeitä asiakkaiden seurantaan.",
            "Tilaa on tarpeeksi kaikille halukkaille, kaupunki vakuuttaa.",
            "Hän ei halunnut kommentoida asiaa ennen kuin tutkinta on valmis.",
            "Kuvat otettiin tiistaina aamupäivällä Helsingin keskustassa.",
            "Lue lisää ohjeita Verohallinnon verkkosivuilta, ministeriö kehottaa.",
            "Tiistaina Helsingissä satoi lunta lähes kymmenen senttimetriä.",
            "Toimittaja Matti Virtanen palkittiin vuoden journalistina torstaina.",
        ],
    },
    "hu": {
        "paragraphs": [
            ("A kormány szerdai ülésén elfogadta azt a törvényjavaslatot, amely a jövő évtől "
            "jelentősen felgyorsítaná az új szél- és napelemparkok engedélyezését. Az energiaügyi "
            "miniszter szerint az eljárások ideje akár a felére is csökkenhet, a befektetők pedig "
            "átláthatóbb szabályokra számíthatnak. A javaslatot a jövő héten nyújtják be az "
            "Országgyűlésnek, ahol az általános vitát még a nyári szünet előtt lefolytathatják."),
            ("Az ellenzék szerint a törvény korlátozza az önkormányzatok és a helyi civil "
            "szervezetek jogait, amelyek eddig hosszabb határidőn belül véleményezhették a "
            "beruházásokat. A kisebb települések polgármesterei attól tartanak, hogy nem lesz "
            "elég idejük felmérni az építkezések tájképre gyakorolt hatását. Az energiacégek "
            "ugyanakkor üdvözlik a változást, és arra figyelmeztetnek, hogy gyorsabb "
            "engedélyezés nélkül nem teljesíthetők az uniós klímacélok."),
        ],
        "drop": [
            "Megosztás",
            "Kapcsolódó cikk: Jövőre csökkenhetnek az energiaárak az elemzők szerint",
            "Fotó: MTI/Koszticsák Szilárd",
            "Szerző: Kovács Anna",
            "2024. március 13., szerda 14:33",
            "Frissítve: 2024.03.13. 15:10",
            "2 órája",
            "Ez a cikk csak előfizetőink számára érhető el.",
            "Már előfizetőnk? Jelentkezzen be!",
            ("Weboldalunk sütiket használ, hogy a lehető legjobb felhasználói élményt nyújtsa "
            "látogatóinak."),
            "Elfogadom",
            "Hozzászólások (128)",
            "Szólj hozzá!",
            "Iratkozzon fel hírlevelünkre, és elsőként értesülhet a legfontosabb hírekről!",
            "Hirdetés",
            "A cikk a hirdetés után folytatódik",
            "Legolvasottabb",
            "Ezt is ajánljuk a témában",
            "Link másolása",
            "Bejelentkezés",
            "Támogasd a független újságírást!",
            "© 2024 Mediaworks Hungary Zrt. Minden jog fenntartva.",
            ("A honlapon megjelenő tartalmak bármilyen felhasználása kizárólag a kiadó előzetes "
            "írásbeli engedélyével lehetséges."),
            ("Az energiaügyi miniszter a kormányülés utáni sajtótájékoztatón. "
            "Fotó: Bődey János / Telex"),
            "Töltse le alkalmazásunkat!",
            "MTI",
            "Kattints a megosztáshoz Facebookon (Új ablakban nyílik meg)",
            "Olvasási idő: 4 perc",
            "Belföld › Politika › Energia",
            "Címkék: energia, szélerőmű, kormány",
            "(Borítókép: Szélerőművek Mosonmagyaróvár közelében. Fotó: MTI/Krizsán Csaba)",
            "Kövess minket a Facebookon is!",
        ],
        "keep": [
            "A lap tavaly több mint tízezer előfizetőt veszített, közölte a kiadó szóvivője.",
            "A minisztérium szóvivője nem kívánta kommentálni a helyzetet.",
            ("A fotót, amelyet a rendőrség a közösségi oldalán tett közzé, több ezren osztották "
            "meg."),
            "Az új törvény szerint a televíziók nem sugározhatnak reklámot a gyerekműsorok alatt.",
            "A képviselők a nyári szünet után folytatják a vitát a javaslatról.",
            ("A streamingszolgáltatások előfizetési díja januártól átlagosan ötszáz forinttal "
            "emelkedik."),
            ("A Nemzeti Adatvédelmi és Információszabadság Hatóság vizsgálja, hogyan használnak "
            "sütiket a hírportálok."),
            "A lakosok a városháza honlapján iratkozhatnak fel a figyelmeztető üzenetekre.",
            "A könyv szerzője elmondta, hogy nagyapja története ihlette a regényt.",
            "A miniszterelnök március 13-án, szerdán a kormányülés után reagál a kérdésre.",
            "A rendőrség a nyomozás részleteiről egyelőre nem adott tájékoztatást.",
            "A miniszter hozzászólása heves vitát váltott ki a koalícióban.",
            "A cég hirdetésben keres új munkatársakat a győri gyárba.",
            "Csak előfizetőknek lesz elérhető az új sorozat, közölte a szolgáltató.",
        ],
    },
    "id": {
        "paragraphs": [
            ("Pemerintah resmi menaikkan harga eceran tertinggi beras medium mulai bulan depan "
            "setelah harga gabah di tingkat petani terus merangkak naik sejak awal tahun. Kepala "
            "Badan Pangan Nasional mengatakan kenaikan itu diperlukan agar petani tidak merugi "
            "dan pasokan ke pasar tradisional tetap terjaga. Kebijakan tersebut akan dievaluasi "
            "setiap tiga bulan dengan melibatkan pemerintah daerah dan pelaku usaha penggilingan."),
            ("Sejumlah pedagang di Pasar Induk Beras Cipinang mengaku khawatir kenaikan harga akan "
            "menurunkan daya beli masyarakat menjelang bulan Ramadan. Mereka meminta pemerintah "
            "memperbanyak operasi pasar di wilayah padat penduduk agar harga tidak melonjak "
            "tajam. Sementara itu, Bulog menyatakan stok cadangan beras pemerintah saat ini "
            "mencapai lebih dari satu juta ton dan cukup hingga akhir tahun."),
        ],
        "drop": [
            "Bagikan",
            "Baca juga: Harga Cabai Rawit di Jakarta Tembus Rp 100.000 per Kilogram",
            "Foto: ANTARA FOTO/Galih Pradipta",
            "Pedagang menata karung beras di Pasar Induk Beras Cipinang, Jakarta, Rabu (13/3/2024). (ANTARA FOTO/Aprillio Akbar)",
            "Penulis: Dian Kusumawati",
            "Editor: Bambang Priyo Jatmiko",
            "Oleh Rizki Ramadhan",
            "Rabu, 13 Maret 2024 14:33 WIB",
            "Diperbarui 13 Maret 2024, 15:10 WIB",
            "2 jam yang lalu",
            "(rdp/imk)",
            "Sudah berlangganan? Masuk",
            "Berlangganan untuk membaca artikel ini secara lengkap.",
            "Kami menggunakan cookie untuk memberikan pengalaman terbaik saat Anda mengunjungi situs ini.",
            "Terima semua",
            "Tulis komentar",
            "Komentar (24)",
            "Berlangganan newsletter kami dan dapatkan berita pilihan setiap pagi.",
            "Iklan",
            "SCROLL TO CONTINUE WITH CONTENT",
            "Berita Terpopuler",
            "Salin link",
            "Masuk / Daftar",
            "Dukung jurnalisme independen",
            "Copyright © 2024 ANTARA. Hak cipta dilindungi undang-undang.",
            "Dapatkan update berita pilihan dan breaking news setiap hari dari kami.",
            "Ikuti berita terkini dari kami di Google News",
            "Aktifkan notifikasi",
            "ANTARA",
            "Laporan Wartawan Tribunnews.com, Rina Ayu",
            "Simak Video \"Antrean Warga Beli Beras Murah di Pasar Cipinang\"",
            "Tag: beras, harga pangan, Bulog",
            "Halaman 1 2 3 Selanjutnya",
        ],
        "keep": [
            ("Jumlah pelanggan layanan musik berbayar itu naik menjadi tiga juta orang pada "
            "tahun lalu."),
            ("Juru bicara kepolisian menolak berkomentar dan hanya mengatakan penyelidikan masih "
            "berlangsung."),
            ("Hingga berita ini diturunkan, belum ada komentar dari pihak manajemen perusahaan."),
            ("Foto yang diunggah warga ke media sosial itu dibagikan ribuan kali dalam "
            "hitungan jam."),
            ("Komisi Penyiaran Indonesia melarang stasiun televisi menayangkan iklan rokok pada "
            "jam tayang anak."),
            ("Warga dapat berlangganan informasi peringatan dini banjir melalui situs resmi "
            "pemerintah kota."),
            ("Lembaga perlindungan konsumen menyoroti cara situs belanja daring menggunakan "
            "cookie untuk melacak pengguna."),
            "Oleh karena itu, pemerintah daerah diminta menyiapkan anggaran darurat.",
            "Penulis buku itu mengaku terinspirasi oleh kisah hidup kakeknya di Medan.",
            "Presiden dijadwalkan meninjau pasar tersebut pada Rabu, 13 Maret 2024.",
            "Harga paket langganan internet rumah mulai naik pada bulan depan.",
            "Ia mengajak masyarakat untuk ikut mendukung jurnalisme yang independen dan berimbang.",
        ],
    },
    "ro": {
        "paragraphs": [
            ("Guvernul a aprobat miercuri o ordonanță de urgență care prelungește plafonarea "
            "prețurilor la energie electrică pentru consumatorii casnici până la sfârșitul lunii "
            "martie. Ministrul Energiei a declarat, la finalul ședinței, că măsura va costa bugetul "
            "aproximativ două miliarde de lei și că banii vor proveni din taxa pe veniturile "
            "suplimentare ale producătorilor. Potrivit documentului, familiile care consumă mai "
            "puțin de trei sute de kilowați-oră pe lună vor plăti în continuare cel mult 0,68 lei "
            "pe kilowatt-oră."),
            ("Reprezentanții opoziției susțin că plafonarea descurajează investițiile în noi "
            "capacități de producție și amână o reformă de care piața are nevoie de ani de zile. "
            "Furnizorii avertizează, la rândul lor, că statul le datorează deja sume importante din "
            "compensațiile de anul trecut și cer ca plățile să fie făcute mai repede. Asociațiile "
            "de consumatori au salutat însă decizia, spunând că ea protejează gospodăriile cu "
            "venituri mici într-o iarnă în care prețurile la alimente au crescut puternic."),
        ],
        "drop": [
            "Distribuie",
            "Citește și: Prețul benzinei a scăzut sub 7 lei pe litru în mai multe orașe",
            "Citeşte şi",
            "Citeste si: Cum se calculează factura la gaze de la 1 aprilie",
            "Foto: Inquam Photos / Octav Ganea",
            ("Ministrul Energiei, la conferința de presă de după ședința de guvern. "
            "Foto: Inquam Photos / George Călin"),
            "Autor: Andreea Popescu",
            "de Mihai Ionescu",
            "Publicat: 13 martie 2024, 14:33",
            "Actualizat la 13.03.2024 15:10",
            "13 martie 2024, 14:33",
            "acum 2 ore",
            "Acest articol este disponibil doar pentru abonați.",
            "Ești deja abonat? Autentifică-te",
            ("Folosim cookie-uri pentru a-ți oferi cea mai bună experiență pe site-ul nostru. "
            "Prin continuarea navigării ești de acord cu utilizarea lor."),
            "Accept toate",
            "Comentarii (24)",
            "Lasă un comentariu",
            "Abonează-te la newsletter și primești cele mai importante știri direct în inbox",
            "Publicitate",
            "Articolul continuă după reclamă",
            "Cele mai citite",
            "Te-ar putea interesa",
            "Copiază link-ul",
            "Urmărește știrile Digi24.ro și pe Google News",
            "Susține jurnalismul independent",
            "© 2024 Adevărul Holding. Toate drepturile rezervate.",
            ("Preluarea materialelor de pe acest site este permisă doar în limita a 500 de "
            "caractere, cu citarea sursei și link activ."),
            "Descarcă aplicația",
            "Agerpres",
            "Dă clic pentru a partaja pe Facebook (Se deschide într-o fereastră nouă)",
            "Timp de citire: 4 minute",
            "Știri › Politică › Guvern",
            "Etichete: energie, facturi, plafonare",
        ],
        "keep": [
            ("Compania a pierdut anul trecut peste cincizeci de mii de abonați, potrivit "
            "raportului anual publicat marți."),
            "Purtătorul de cuvânt al ministerului a refuzat să comenteze informațiile.",
            ("Fotografia publicată de poliție pe rețelele sociale a fost distribuită de mii de "
            "oameni."),
            ("Noua lege interzice difuzarea de publicitate la jocurile de noroc în timpul "
            "emisiunilor pentru copii."),
            ("Comentariile ministrului au provocat nemulțumire în rândul partenerilor de "
            "coaliție."),
            ("Autoritatea pentru protecția datelor verifică modul în care site-urile de știri "
            "folosesc fișierele cookie."),
            "Abonamentul lunar la transportul public va costa 80 de lei de la 1 aprilie.",
            "Premierul va anunța decizia marți, 13 martie, după ședința coaliției.",
            "Autorul cărții a recunoscut că s-a inspirat din povestea bunicului său.",
            "Citește cu atenție contractul înainte să-l semnezi, recomandă specialiștii.",
            "Medicii le recomandă pacienților să nu întrerupă tratamentul fără acordul lor.",
            ("Accesul la platformă va fi gratuit pentru elevi, iar profesorii vor primi "
            "instruire în luna mai."),
        ],
    },
    "bg": {
        "paragraphs": [
            ("Народното събрание прие на първо четене проектобюджета за следващата година, като "
            "за него гласуваха сто двадесет и осем депутати, а против бяха шестдесет и двама. "
            "Финансовият министър заяви от трибуната, че дефицитът ще бъде задържан под три "
            "процента от брутния вътрешен продукт, въпреки увеличените разходи за заплати в "
            "образованието и здравеопазването. Опозицията настоя таванът на държавния дълг да бъде "
            "намален и обяви, че ще внесе свои предложения между двете четения."),
            ("Според анализатори най-спорната част от проекта остава поемането на нов дълг за "
            "близо десет милиарда лева, с който правителството иска да покрие падежите по стари "
            "емисии и капиталовите разходи на общините. Синдикатите предупредиха, че ще излязат "
            "на протест пред парламента, ако не бъдат осигурени пари за обещаното увеличение на "
            "учителските заплати. Окончателното гласуване в пленарна зала се очаква до края на "
            "месеца, след като бюджетната комисия разгледа всички внесени поправки."),
        ],
        "drop": [
            "Сподели",
            "Прочетете още: Правителството одобри нови мерки срещу високите цени на храните",
            "Реклама",
            "Коментари",
            "© 2024 Дневник. Всички права запазени.",
            "Снимка: Юлия Лазарова / БГНЕС",
            "Автор: Мария Петрова",
            "12 март 2024, 14:30",
            "Обновена: 12.03.2024 | 16:05 ч.",
            "Статията е достъпна само за абонати. Купете абонамент, за да продължите да четете.",
            "Този сайт използва „бисквитки“, за да подобри работата си и да анализира трафика.",
            "Абонирайте се за нашия бюлетин",
            "Най-четени",
            "Влезте в профила си, за да коментирате.",
            "Изтеглете нашето приложение",
            "Подкрепете независимата журналистика",
            "Последвайте ни и в Telegram",
            "Намерихте грешка? Маркирайте текста и натиснете Ctrl+Enter",
            "БТА",
            "Статията продължава след рекламата",
            "Тагове: бюджет, парламент, дълг",
            "Мнението на автора не съвпада непременно с позицията на редакцията.",
            "вторник, 12 март 2024 г.",
            "Сподели: Facebook Twitter Viber",
            "Още по темата",
            "12 коментара",
            "преди 3 часа",
            "Време за четене: 4 мин.",
            "Снимка: Архив",
            "Вход | Регистрация",
            "Текст: Иван Георгиев",
        ],
        "keep": [
            "Броят на абонатите на вестника е намалял с една трета за последните пет години.",
            "Министърът отказа коментар по случая и затвори телефона.",
            "Полицията разпространи снимка на заподозрения и призова гражданите да съобщят, ако го видят.",
            "Рекламата на алкохол по телевизията ще бъде забранена преди 22 часа, реши комисията.",
            "Тя сподели в социалните мрежи кадри от мястото на инцидента.",
            "Абонаментът за градския транспорт поскъпва от първи април.",
            "Мобилните оператори са длъжни да защитават личните данни на своите клиенти.",
            "Вчера вечерта в центъра на София се събраха хиляди протестиращи.",
            "„Подкрепете ни на изборите“, призова лидерът на партията своите симпатизанти.",
            "Компанията промени политиката си за поверителност след жалби на потребители.",
            "Прокуратурата ще изиска допълнителни снимки от местопрестъплението.",
            "Депутатите от опозицията напуснаха залата в знак на протест.",
        ],
    },
    "bn": {
        "paragraphs": [
            ("মূল্যস্ফীতি নিয়ন্ত্রণে নীতি সুদহার আরও দশমিক ৫০ শতাংশ বাড়িয়েছে বাংলাদেশ ব্যাংক। "
            "বৃহস্পতিবার কেন্দ্রীয় ব্যাংকের মুদ্রানীতি কমিটির বৈঠকে এ সিদ্ধান্ত নেওয়া হয় বলে এক "
            "বিজ্ঞপ্তিতে জানানো হয়েছে। নতুন হার আগামী রোববার থেকে কার্যকর হবে। কর্মকর্তারা বলছেন, "
            "খাদ্যপণ্যের দাম কমে না আসা পর্যন্ত সংকোচনমূলক নীতি অব্যাহত রাখা হবে।"),
            ("ব্যবসায়ীদের একাংশ অবশ্য এ সিদ্ধান্তে উদ্বেগ প্রকাশ করেছেন। তাঁদের মতে, ঋণের খরচ "
            "বেড়ে গেলে নতুন বিনিয়োগ কমে যাবে এবং কর্মসংস্থানের ওপর চাপ তৈরি হবে। অর্থনীতিবিদেরা "
            "বলছেন, শুধু সুদহার বাড়িয়ে মূল্যস্ফীতি কমানো কঠিন, এর সঙ্গে বাজার তদারকি ও সরবরাহব্যবস্থার "
            "উন্নতিও জরুরি। গত মাসে দেশে সার্বিক মূল্যস্ফীতি ছিল প্রায় সাড়ে ৯ শতাংশ।"),
        ],
        "drop": [
            "শেয়ার করুন",
            "ফেসবুক | টুইটার | হোয়াটসঅ্যাপ",
            "লিংক কপি করুন",
            "আরও পড়ুন",
            "আরও পড়ুন: ডেঙ্গুতে এক দিনে আরও ৯ জনের মৃত্যু",
            "এ সম্পর্কিত আরও খবর",
            "সর্বাধিক পঠিত",
            "ছবি: সংগৃহীত",
            "রাজধানীর মতিঝিলে বাংলাদেশ ব্যাংকের প্রধান কার্যালয়। ছবি: দীপু মালাকার",
            "ছবির উৎস,Getty Images",
            "ফাইল ছবি",
            "নিজস্ব প্রতিবেদক",
            "নিজস্ব প্রতিবেদক, ঢাকা",
            "কুমিল্লা প্রতিনিধি",
            "লেখক: রাকিব হাসান",
            "প্রকাশ: ১২ মার্চ ২০২৪, ০৮: ১৫",
            "আপডেট: ১২ মার্চ ২০২৪, ১০:৩০ পিএম",
            "মঙ্গলবার, ১২ মার্চ ২০২৪, ২৮ ফাল্গুন ১৪৩০",
            "৩ ঘণ্টা আগে",
            "পুরো প্রতিবেদন পড়তে সাবস্ক্রাইব করুন",
            "এই প্রতিবেদনটি শুধু গ্রাহকদের জন্য",
            ("আমরা আপনার অভিজ্ঞতা উন্নত করতে কুকি ব্যবহার করি। সাইটটি ব্যবহার চালিয়ে গেলে আপনি "
            "কুকি ব্যবহারে সম্মতি দিচ্ছেন।"),
            "সব গ্রহণ করুন",
            "মন্তব্য করুন",
            "১২টি মন্তব্য",
            "মন্তব্য করতে লগইন করুন",
            "প্রতিদিনের খবর পেতে আমাদের নিউজলেটার সাবস্ক্রাইব করুন",
            "বিজ্ঞাপন",
            "© ২০২৪ দৈনিক সংবাদ। সর্বস্বত্ব সংরক্ষিত।",
            "সম্পাদক ও প্রকাশক: মাহমুদুল হাসান",
            "এই ওয়েবসাইটের কোনো লেখা, ছবি বা ভিডিও অনুমতি ছাড়া ব্যবহার বেআইনি।",
            "সর্বশেষ খবর পেতে গুগল নিউজ চ্যানেল ফলো করুন",
            "নোটিফিকেশন চালু করুন",
            "লগইন",
            "প্রচ্ছদ > জাতীয় > অর্থনীতি",
            "বিষয়: বাংলাদেশ ব্যাংক, সুদহার, মূল্যস্ফীতি",
            "বিস্তারিত জানতে এখানে ক্লিক করুন",
        ],
        "keep": [
            "দেশে মোবাইল ইন্টারনেট গ্রাহকের সংখ্যা গত মাসে প্রায় ১৪ কোটিতে পৌঁছেছে।",
            "তবে এ বিষয়ে মন্তব্য করতে রাজি হননি মন্ত্রণালয়ের কোনো কর্মকর্তা।",
            "ঘটনার একটি ছবি সামাজিক যোগাযোগমাধ্যমে ছড়িয়ে পড়লে ব্যাপক সমালোচনা শুরু হয়।",
            "গত বছর পত্রিকাটির বিজ্ঞাপন থেকে আয় প্রায় ২০ শতাংশ কমেছে বলে জানান প্রকাশক।",
            "ভিডিওটি ফেসবুকে কয়েক হাজারবার শেয়ার করা হয়েছে।",
            "দিনের শুরুতে শেয়ারবাজারে সূচক বাড়লেও দিন শেষে তা কমে যায়।",
            "গবেষকেরা বলছেন, অনেক ওয়েবসাইট ব্যবহারকারীর অনুমতি ছাড়াই কুকি ব্যবহার করে তথ্য সংগ্রহ করে।",
            "আগামী ১২ মার্চ সকাল ১০টায় সংবাদ সম্মেলন করবে নির্বাচন কমিশন।",
            "সাবস্ক্রিপশন ফি বাড়ানোর পর প্ল্যাটফর্মটির গ্রাহক কমেছে প্রায় দুই লাখ।",
            "প্রতিবেদক জানতে চাইলে তিনি বলেন, আগামী সপ্তাহে নতুন নীতিমালা প্রকাশ করা হবে।",
            "আদালত বলেছে, অনুমতি ছাড়া অন্যের ছবি ব্যবহার করা বেআইনি।",
            "প্রকাশিত প্রতিবেদনে বলা হয়, গত অর্থবছরে রপ্তানি আয় বেড়েছে ৮ শতাংশ।",
        ],
    },
    "fa": {
        "paragraphs": [
            ("بانک مرکزی ایران روز سه‌شنبه اعلام کرد که نرخ تورم نقطه به نقطه در فروردین ماه به "
            "۳۲ درصد کاهش یافته است. به گفته این بانک، کاهش قیمت برخی کالاهای اساسی و ثبات نسبی "
            "نرخ ارز در بازار آزاد مهم‌ترین عوامل این کاهش بوده‌اند. با این حال، کارشناسان اقتصادی "
            "هشدار می‌دهند که افزایش قیمت حامل‌های انرژی در ماه‌های آینده می‌تواند این روند را "
            "معکوس کند."),
            ("رئیس کل بانک مرکزی در نشستی با خبرنگاران گفت که سیاست‌های انقباضی پولی تا پایان سال "
            "ادامه خواهد داشت. او افزود که رشد نقدینگی در دوازده ماه گذشته به کمتر از ۲۵ درصد رسیده "
            "و این رقم پایین‌ترین سطح در پنج سال اخیر است. در همین حال، شماری از نمایندگان مجلس از "
            "دولت خواستند برای حمایت از تولیدکنندگان داخلی، شرایط دریافت تسهیلات بانکی را آسان‌تر "
            "کند."),
        ],
        "drop": [
            "اشتراک‌گذاری",
            "اشتراک گذاری در تلگرام",
            "فیسبوک | توییتر | تلگرام | ایمیل",
            "لینک کوتاه کپی شد",
            "بیشتر بخوانید: افزایش قیمت خودرو در بازار تهران ادامه دارد",
            "اخبار مرتبط",
            "پربازدیدترین‌ها",
            "عبور از پادکست و ادامه مطلب",
            "منبع تصویر، Getty Images",
            "عکس: علی محمدی",
            "رئیس کل بانک مرکزی در نشست خبری روز سه‌شنبه (عکس: ایرنا)",
            "نویسنده: مریم احمدی",
            "تهران - ایرنا",
            "تاریخ انتشار: ۱۵ فروردین ۱۴۰۳ - ۱۰:۳۰",
            "سه‌شنبه ۲۱ فروردین ۱۴۰۳ - ۱۰:۳۰",
            "۳ ساعت پیش",
            "کد خبر: ۱۲۳۴۵۶",
            "زمان مطالعه: ۴ دقیقه",
            "انتهای پیام",
            "برای ادامه مطالعه این گزارش مشترک شوید",
            ("ما از کوکی‌ها برای شخصی‌سازی محتوا و تحلیل بازدیدها استفاده می‌کنیم. با ادامه "
            "استفاده از این سایت، با سیاست کوکی ما موافقت می‌کنید."),
            "پذیرش همه",
            "ارسال نظر",
            "نظرات (۸)",
            "نظرات حاوی توهین و هرگونه نسبت ناروا به اشخاص حقیقی و حقوقی منتشر نمی‌شود.",
            "نشانی ایمیل شما منتشر نخواهد شد. بخش‌های موردنیاز علامت‌گذاری شده‌اند *",
            "عضویت در خبرنامه",
            "آگهی",
            "کلیه حقوق این سایت متعلق به خبرگزاری است و استفاده از مطالب با ذکر منبع بلامانع است.",
            "© ۲۰۲۴ تمامی حقوق محفوظ است",
            "به کانال تلگرام ما بپیوندید",
            "برچسب‌ها: بانک مرکزی، تورم، نقدینگی",
            "خانه > اقتصاد > بانک و بیمه",
            "ورود / ثبت‌نام",
            "مرورگر شما از پخش این ویدیو پشتیبانی نمی‌کند.",
            "از روزنامه‌نگاری مستقل حمایت کنید؛ هر مبلغی ارزشمند است",
            "مطلب بعدی",
        ],
        "keep": [
            "شمار مشترکان تلفن همراه در کشور از ۱۵۰ میلیون نفر گذشته است.",
            "این عکس در چند ساعت در شبکه‌های اجتماعی دست به دست شد و واکنش‌های زیادی برانگیخت.",
            "وزیر ارتباطات در پاسخ به پرسش خبرنگاران از اظهار نظر درباره جزئیات این طرح خودداری کرد.",
            "هزینه تبلیغات تلویزیونی این شرکت در سال گذشته دو برابر شد.",
            "شهروندان می‌توانند نظرات خود را درباره پیش‌نویس این قانون تا پایان خرداد برای مجلس ارسال کنند.",
            "پلیس فتا اعلام کرد برخی وب‌سایت‌های جعلی از کوکی‌ها برای سرقت اطلاعات کاربران استفاده می‌کنند.",
            ("این گزارش روز شنبه در وب‌سایت سازمان ملل منتشر شد و تاکنون بیش از ده هزار بار به "
            "اشتراک گذاشته شده است."),
            "رئیس‌جمهور در پیامی در شبکه اجتماعی ایکس نوشت که کشورش به مذاکرات ادامه خواهد داد.",
            "تمامی حقوق کارگران قراردادی باید طبق قانون کار و بدون تأخیر پرداخت شود.",
            "این خبرگزاری روز دوشنبه ویدیویی از لحظه وقوع انفجار در بندر منتشر کرد.",
            "به گزارش ایسنا، جلسه شورای شهر تهران امروز با حضور شهردار برگزار شد.",
            "بیش از ۲۰۰ خبرنگار داخلی و خارجی برای پوشش این رویداد ثبت نام کرده‌اند.",
        ],
    },
    "he": {
        "paragraphs": [
            ("בנק ישראל הודיע ביום שני כי הוא מותיר את הריבית במשק ללא שינוי ברמה של 4.5 אחוזים, "
            "זו הפעם הרביעית ברציפות, בהחלטה שציפו לה רוב הכלכלנים. לדברי הנגיד, האינפלציה השנתית "
            "אמנם מתמתנת בהדרגה מאז תחילת השנה, אך היא עדיין גבוהה מהיעד שקבעה הממשלה. הוועדה "
            "המוניטרית הבהירה כי תמשיך לעקוב מקרוב אחר ההתפתחויות בשוק הדיור ובשוק העבודה לפני "
            "שתקבל החלטה נוספת."),
            ("כלכלנים בבתי ההשקעות מעריכים כי יציבות הריבית תעניק לשווקים שקט יחסי לאחר חודשים של "
            "תנודות חדות בשער החליפין של השקל מול הדולר. לפי דוח שפרסמה חברת מחקר בתל אביב, "
            "ההשקעות של גופים זרים באג\"ח ממשלתיות עלו בכשלושה מיליארד דולר ברבעון האחרון. מנגד, "
            "אחרים מזהירים כי המשך העלייה במחירי המזון והאנרגיה עלול לאלץ את הבנק להעלות את הריבית "
            "שוב במחצית השנייה של השנה."),
        ],
        "drop": [
            "שתפו",
            "שתפו בוואטסאפ",
            "העתקת קישור",
            "קראו גם",
            "קראו גם: הממשלה אישרה את תקציב המדינה לשנה הבאה",
            "כתבות נוספות",
            "הכי נקראים",
            "צילום: יונתן זינדל, פלאש 90",
            "נגיד בנק ישראל במסיבת עיתונאים בירושלים (צילום: רויטרס)",
            "צילום אילוסטרציה: shutterstock",
            "מאת דנה לוי",
            "כתבה: נועה כהן",
            "פורסם: 14.03.24, 12:41",
            "עודכן ב-14.03.2024 13:02",
            "יום ה', 14 במרץ 2024",
            "לפני 3 שעות",
            "זמן קריאה: 4 דקות",
            "רויטרס, AFP",
            "הכתבה זמינה למנויים בלבד",
            "כבר מנויים? התחברו",
            "לרכישת מינוי לחצו כאן",
            "רכשו מינוי דיגיטלי - חודש ראשון ב-1 ₪ בלבד",
            "אתר זה משתמש בעוגיות כדי לשפר את חוויית הגלישה. בהמשך הגלישה באתר הנך מסכים לשימוש בעוגיות.",
            "אישור",
            "הוסיפו תגובה",
            "תגובות (12)",
            "היו הראשונים להגיב",
            "הירשמו לניוזלטר היומי שלנו וקבלו את הכותרות ישירות למייל",
            "פרסומת",
            "הכתבה ממשיכה אחרי הפרסומת",
            "© כל הזכויות שמורות לחדשות הדוגמה בע\"מ 2024",
            "כל הזכויות שמורות",
            "מדיניות פרטיות",
            "עקבו אחרינו בטוויטר ובפייסבוק",
            "הצטרפו לערוץ הטלגרם שלנו",
            "הפעילו התראות כדי לא לפספס אף עדכון",
            "תגיות: בנק ישראל, ריבית, אינפלציה",
            "ראשי > כלכלה > שוק ההון",
            "התחברות",
            "תמכו בעיתונות עצמאית",
            "העורך הראשי: משה כהן",
            "הכתבה הבאה",
            "האזינו לכתבה",
        ],
        "keep": [
            "מספר המנויים לשירות הסטרימינג עלה ל-2.4 מיליון בסוף השנה, כך פורסם בדוח הכספי.",
            "התמונה הופצה במהירות ברשתות החברתיות ועוררה תגובות נזעמות מצד חברי כנסת.",
            "החברה הודיעה כי תקציב הפרסום הדיגיטלי שלה הוכפל בשנתיים האחרונות.",
            "בתגובה מסר משרד האוצר כי הנתונים שפורסמו אינם משקפים את המצב בפועל.",
            "כלכלנים רבים לא שותפים לאופטימיות של הנגיד ומצביעים על הגירעון ההולך וגדל.",
            "הסרטון, שצולם בטלפון נייד, תיעד את רגעי הפיצוץ בנמל.",
            "לפני שלוש שנים נסגר המפעל ויותר מ-400 עובדים פוטרו.",
            "המשטרה פתחה בחקירה לאחר שהתקבלה תלונה על פרסום תמונות ללא הסכמה.",
            "לדבריו, כל הזכויות של העובדים יישמרו גם לאחר המיזוג.",
            "בית המשפט קבע כי העיתון פגע בזכויות היוצרים של הצלם.",
        ],
    },
    "hi": {
        "paragraphs": [
            ("मौसम विभाग ने मंगलवार को महाराष्ट्र के कई जिलों में अगले तीन दिनों तक भारी बारिश "
            "की चेतावनी जारी की है। विभाग के अनुसार मुंबई, ठाणे और रायगढ़ में कुछ स्थानों पर "
            "बहुत भारी वर्षा हो सकती है, जिससे निचले इलाकों में जलभराव की आशंका है। राज्य "
            "सरकार ने एहतियात के तौर पर स्कूलों को बंद रखने का आदेश दिया है और आपदा प्रबंधन "
            "दलों को सतर्क रहने को कहा है।"),
            ("बृहन्मुंबई नगर निगम के अधिकारियों ने बताया कि शहर के सभी प्रमुख नालों की सफाई का "
            "काम पूरा कर लिया गया है और पानी निकालने के लिए अतिरिक्त पंप लगाए गए हैं। लोकल "
            "ट्रेन सेवाओं पर भी असर पड़ने की संभावना है, इसलिए रेलवे ने यात्रियों से घर से "
            "निकलने से पहले समय-सारिणी देखने की अपील की है। विपक्षी दलों ने आरोप लगाया कि हर "
            "साल की तरह इस बार भी तैयारियां अधूरी हैं और प्रशासन केवल कागजी दावे कर रहा है।"),
        ],
        "drop": [
            "यह भी पढ़ें: मुंबई में बारिश से लोकल ट्रेनें ठप, कई उड़ानें रद्द",
            "ये भी पढें- दिल्ली में यमुना का जलस्तर खतरे के निशान के पार",
            "सबसे ज़्यादा पढ़ी गईं",
            "शेयर करें",
            "लिंक कॉपी करें",
            "आप हमें फ़ेसबुक, ट्विटर, इंस्टाग्राम और यूट्यूब पर फ़ॉलो भी कर सकते हैं.",
            "फोटो: पीटीआई",
            "अंधेरी सबवे में भरे पानी के बीच से गुजरते लोग (फोटो: पीटीआई)",
            "इमेज स्रोत,Getty Images",
            "ख़बर सुनें",
            "लेखक: राजेश शर्मा",
            "न्यूज़ डेस्क, नई दिल्ली",
            "अपडेटेड: 12 जुलाई 2024, 10:30 AM IST",
            "नई दिल्ली, 12 जुलाई 2024, (अपडेटेड 12 जुलाई 2024, 10:30 AM IST)",
            "2 घंटे पहले",
            "पढ़ने का समय: 4 मिनट",
            "(एजेंसी इनपुट के साथ)",
            "पीटीआई-भाषा",
            "पूरा लेख पढ़ने के लिए सब्सक्राइब करें",
            "यह लेख केवल सब्सक्राइबर्स के लिए है।",
            "हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं।",
            "सभी स्वीकार करें",
            "टिप्पणियां (24)",
            "टिप्पणी करने के लिए लॉगिन करें",
            "लॉगिन करें या रजिस्टर करें",
            "हमारे न्यूज़लेटर की सदस्यता लें और दिन की बड़ी ख़बरें सीधे अपने इनबॉक्स में पाएं",
            "ब्रेकिंग न्यूज़ के लिए नोटिफिकेशन ऑन करें",
            "विज्ञापन",
            "स्वतंत्र पत्रकारिता का समर्थन करें",
            "© 2024 दैनिक समाचार. सर्वाधिकार सुरक्षित.",
            "डिस्क्लेमर: यह जानकारी सामान्य मान्यताओं पर आधारित है। इसकी पुष्टि नहीं की जाती है।",
            "होम / देश / महाराष्ट्र",
            "टैग्स: मुंबई बारिश, मौसम विभाग, मानसून",
        ],
        "keep": [
            "कंपनी के सब्सक्राइबर्स की संख्या पिछले साल बढ़कर दो करोड़ हो गई, प्रवक्ता ने बताया।",
            "मंत्री की इस टिप्पणी पर विपक्ष ने कड़ी आपत्ति जताई और माफी की मांग की।",
            "पुलिस ने संदिग्ध की फोटो जारी कर लोगों से जानकारी देने की अपील की है।",
            "कंपनी ने पिछले साल विज्ञापन पर करीब 500 करोड़ रुपये खर्च किए थे।",
            "कंपनी के शेयर मंगलवार को बाजार में पांच फीसदी तक चढ़ गए।",
            "उन्होंने सोशल मीडिया पर बाढ़ का वीडियो शेयर करते हुए प्रशासन से मदद मांगी।",
            "अदालत ने कहा कि याचिकाकर्ता के सभी अधिकार सुरक्षित रहेंगे।",
            "रेलवे ने यात्रियों से कहा है कि वे यात्रा से पहले आधिकारिक ऐप डाउनलोड करें।",
            "रिपोर्ट के अनुसार वेबसाइटें उपयोगकर्ताओं को ट्रैक करने के लिए कुकीज़ का इस्तेमाल करती हैं।",
            "भाषा विवाद पर राज्य सरकार ने सर्वदलीय बैठक बुलाई है।",
            "दो दिन पहले हुई बारिश से शहर के कई इलाकों में पानी भर गया था।",
            "लेखक ने अपनी नई किताब में ग्रामीण भारत की समस्याओं का जिक्र किया है।",
        ],
    },
    "hr": {
        "paragraphs": [
            ("Vlada je na četvrtkovoj sjednici usvojila prijedlog zakona kojim se od iduće godine "
            "ubrzava izdavanje dozvola za gradnju sunčanih i vjetroelektrana. Ministar gospodarstva "
            "rekao je da bi se postupak mogao skratiti gotovo upola te da će ulagači napokon dobiti "
            "jasnija pravila. Prijedlog sada ide u Hrvatski sabor, gdje ga u svibnju čeka prvo "
            "čitanje."),
            ("Oporba tvrdi da zakon ograničava prava općina i lokalnih udruga, koje su se dosad o "
            "projektima mogle očitovati u duljim rokovima. Načelnici manjih općina strahuju da neće "
            "imati dovoljno vremena procijeniti utjecaj gradnje na krajolik i poljoprivredna "
            "zemljišta. Energetske tvrtke promjenu pak pozdravljaju i upozoravaju da bez bržeg "
            "izdavanja dozvola Hrvatska neće moći ispuniti europske klimatske ciljeve."),
        ],
        "drop": [
            "Podijeli",
            "Pročitajte još: Cijene struje od srpnja bi mogle pasti, procjenjuju analitičari",
            "Foto: Davor Puklavec/PIXSELL",
            "Autor: Ivana Horvat",
            "Piše Marko Kovačević",
            "13. ožujka 2024. u 14:33",
            "Objavljeno: 13.03.2024. u 14:33",
            "prije 2 sata",
            "Ovaj članak dostupan je samo pretplatnicima.",
            "Već imate pretplatu? Prijavite se",
            "Koristimo kolačiće kako bismo vam pružili najbolje korisničko iskustvo na našim stranicama.",
            "Prihvati sve",
            "Komentari (48)",
            "Prijavite se na naš newsletter i primajte najvažnije vijesti dana",
            "Oglas",
            "Tekst se nastavlja ispod oglasa",
            "Najčitanije",
            "Možda vas zanima",
            "Kopiraj poveznicu",
            "Prijava",
            "Podržite neovisno novinarstvo",
            "© 2024 Hanza Media d.o.o. Sva prava pridržana.",
            ("Zabranjeno je preuzimanje sadržaja i fotografija bez pisanog dopuštenja izdavača."),
            "Ministar gospodarstva na konferenciji za medije nakon sjednice Vlade. Foto: Hina",
            "Preuzmite našu aplikaciju",
            "Hina",
            "Kliknite za dijeljenje na Facebooku (Otvara se u novom prozoru)",
            "Vrijeme čitanja: 4 min",
            "Vijesti › Hrvatska › Politika",
            "Tagovi: Vlada, Sabor, obnovljivi izvori energije",
        ],
        "keep": [
            ("Dnevni list prošle je godine izgubio više od deset tisuća pretplatnika, izjavio je "
            "glasnogovornik izdavača."),
            "Glasnogovornik ministarstva odbio je komentirati situaciju.",
            ("Fotografiju koju je policija objavila na društvenim mrežama podijelile su tisuće "
            "ljudi."),
            "Televizije prema novom zakonu ne smiju prikazivati oglase tijekom dječjih emisija.",
            "Zastupnici će o prijedlogu raspravljati tek nakon ljetne stanke.",
            ("Pretplata za streaming usluge od siječnja poskupljuje u prosjeku za dva eura "
            "mjesečno."),
            ("Agencija za zaštitu osobnih podataka provjerava kako informativni portali koriste "
            "kolačiće."),
            "Građani se mogu prijaviti za primanje upozorenja na internetskim stranicama grada.",
            "Autor knjige priznao je da ga je nadahnula priča njegova djeda.",
            "Premijer će se o zahtjevu očitovati u srijedu 13. ožujka nakon sjednice Vlade.",
            "Ministrovi komentari izazvali su burne reakcije u koaliciji.",
            "Prema anketi Reuters/Ipsos, većina ispitanika podržava novi zakon.",
        ],
    },
    "sk": {
        "paragraphs": [
            ("Vláda na stredajšom rokovaní schválila návrh zákona, ktorý má od budúceho roka "
            "zrýchliť povoľovanie výstavby nových veterných a solárnych elektrární. Minister "
            "hospodárstva uviedol, že by sa konanie mohlo skrátiť až na polovicu a investori by "
            "mali dostať jasnejšie pravidlá. Návrh teraz putuje do Národnej rady, kde ho čaká "
            "prvé čítanie."),
            ("Opozícia tvrdí, že zákon obmedzuje práva obcí a miestnych združení, ktoré sa doteraz "
            "mohli k projektom vyjadrovať v dlhších lehotách. Starostovia menších obcí sa obávajú, "
            "že nebudú mať dosť času posúdiť vplyv stavieb na krajinu. Energetické spoločnosti "
            "naopak zmenu vítajú a upozorňujú, že bez rýchlejšieho povoľovania nebude možné splniť "
            "európske klimatické ciele."),
        ],
        "drop": [
            "Zdieľať",
            "Čítajte aj: Ceny energií budú v budúcom roku klesať, odhadujú analytici",
            "Foto: TASR/Jaroslav Novák",
            "Autorka: Jana Nováková",
            "13. marca 2024 14:33",
            "Aktualizované 13. marca 2024 o 15:10",
            "pred 2 hodinami",
            "Tento článok je dostupný iba pre predplatiteľov.",
            "Už máte predplatné? Prihláste sa",
            "Používame súbory cookie, aby sme vám zaistili čo najlepší zážitok z prehliadania.",
            "Súhlasím",
            "Diskusia (128)",
            "Vstúpiť do diskusie",
            "Prihláste sa na odber nášho newslettera",
            "Reklama",
            "Článok pokračuje pod reklamou",
            "Najčítanejšie",
            "Mohlo by vás zaujímať",
            "Kopírovať odkaz",
            "Prihlásiť sa",
            "Podporte nezávislú žurnalistiku",
            "© 2024 Tlačová agentúra Slovenskej republiky. Všetky práva vyhradené.",
            ("Akékoľvek použitie obsahu vrátane prevzatia, šírenia či ďalšieho sprístupnenia "
            "článkov a fotografií je bez písomného súhlasu vydavateľa zakázané."),
            ("Minister hospodárstva na tlačovej konferencii po rokovaní vlády. "
            "FOTO TASR - Martin Baumann"),
            "Stiahnite si našu aplikáciu",
            "TASR",
            "Kliknite pre zdieľanie na Facebooku (Otvorí sa v novom okne)",
            "Čas čítania: 4 min",
            "Správy › Domáce › Politika",
        ],
        "keep": [
            "Denník vlani prišiel o viac ako desaťtisíc predplatiteľov, uviedol hovorca vydavateľstva.",
            "Hovorca ministerstva odmietol situáciu komentovať.",
            "Fotografiu, ktorú polícia zverejnila na sociálnych sieťach, zdieľali tisíce ľudí.",
            "Televízie podľa nového zákona nesmú vysielať reklamu počas relácií pre deti.",
            "Poslanci o návrhu povedú diskusiu až po letných prázdninách.",
            "Predplatné streamovacích služieb od januára zdražie v priemere o dve eurá mesačne.",
            ("Úrad na ochranu osobných údajov preveruje, ako spravodajské weby používajú súbory "
            "cookies."),
            "Obyvatelia sa môžu prihlásiť na odber varovných správ na webe mestského úradu.",
            "Autorka knihy priznala, že sa inšpirovala príbehom svojej starej mamy.",
            "Premiér sa k žiadosti vyjadrí v stredu 13. marca po rokovaní vlády.",
            "Ďalšie informácie o priebehu vyšetrovania polícia zatiaľ nezverejnila.",
            "Komentáre ministra vyvolali v koalícii búrlivé reakcie.",
        ],
    },
    "th": {
        "paragraphs": [
            ("คณะรัฐมนตรีมีมติเมื่อวันอังคารอนุมัติงบประมาณกว่า 1.2 หมื่นล้านบาท เพื่อช่วยเหลือเกษตรกรที่ได้รับผลกระทบจากภัยแล้งใน 40 จังหวัด "
            "โฆษกรัฐบาลระบุว่าเกษตรกรแต่ละรายจะได้รับเงินชดเชยไร่ละ 1,000 บาท แต่ไม่เกินครัวเรือนละ 20 ไร่ "
            "โดยกระทรวงเกษตรและสหกรณ์จะเริ่มโอนเงินเข้าบัญชีของผู้มีสิทธิ์ภายในสิ้นเดือนเมษายนนี้"),
            ("ด้านนักวิชาการด้านเศรษฐศาสตร์การเกษตรมองว่ามาตรการดังกล่าวช่วยบรรเทาความเดือดร้อนได้เพียงระยะสั้น "
            "เนื่องจากปัญหาการขาดแคลนน้ำยังไม่ได้รับการแก้ไขอย่างเป็นระบบ ขณะที่กรมอุตุนิยมวิทยาคาดการณ์ว่าฝนจะมาล่าช้ากว่าปกติราวสองสัปดาห์ "
            "ซึ่งอาจทำให้ผลผลิตข้าวนาปีลดลงอย่างมีนัยสำคัญ"),
        ],
        "drop": [
            "แชร์",
            "คัดลอกลิงก์",
            "แชร์ไปยัง Facebook",
            "ข่าวที่เกี่ยวข้อง",
            "อ่านข่าว : กรมชลประทานเตือนเกษตรกรงดทำนาปรังรอบสอง",
            "อ่านเพิ่มเติม : ราคาข้าวเปลือกขยับขึ้นต่อเนื่อง",
            "ข่าวยอดนิยม",
            "ภาพ : AFP",
            "ขอบคุณภาพจาก เพจ กรมอุตุนิยมวิทยา",
            "โดย สมชาย ใจดี",
            "ผู้เขียน : ทีมข่าวเศรษฐกิจ",
            "ที่มา : รอยเตอร์",
            "12 มี.ค. 2567 08:15 น.",
            "วันที่ 12 มีนาคม 2567 - 10:30 น.",
            "อัปเดตล่าสุด 12 มี.ค. 67 | 09:40 น.",
            "3 ชั่วโมงที่แล้ว",
            "สมัครสมาชิกฟรีเพื่ออ่านเนื้อหาฉบับเต็ม",
            "บทความนี้เป็นเนื้อหาพิเศษสำหรับสมาชิกพรีเมียมเท่านั้น",
            ("เราใช้คุกกี้เพื่อพัฒนาประสิทธิภาพ และประสบการณ์ที่ดีในการใช้เว็บไซต์ของคุณ "
            "คุณสามารถศึกษารายละเอียดได้ที่ นโยบายความเป็นส่วนตัว"),
            "ยอมรับทั้งหมด",
            "แสดงความคิดเห็น",
            "กรุณาเข้าสู่ระบบเพื่อแสดงความคิดเห็น",
            "สมัครรับจดหมายข่าวของเรา เพื่อไม่พลาดข่าวสำคัญทุกเช้า",
            "โฆษณา",
            "Advertisement",
            "© 2567 บริษัท ตัวอย่างมีเดีย จำกัด สงวนลิขสิทธิ์",
            "ติดตามข่าวสารเพิ่มเติมได้ที่ Facebook : ตัวอย่างนิวส์",
            "หน้าแรก > ข่าว > การเมือง",
            "แท็ก : ภัยแล้ง, เกษตรกร, งบประมาณ",
            "ร่วมสนับสนุนสื่ออิสระ เพื่อข่าวที่ตรงไปตรงมา",
            "เปิดการแจ้งเตือนเพื่อไม่พลาดข่าวสำคัญ",
            "เข้าสู่ระบบ / สมัครสมาชิก",
            "อ่าน 1,234 ครั้ง",
        ],
        "keep": [
            "หนังสือพิมพ์ฉบับนี้สูญเสียสมาชิกไปกว่าสองหมื่นรายในปีที่ผ่านมา ขณะที่รายได้จากโฆษณาลดลงเกือบร้อยละสามสิบ",
            "โฆษกรัฐบาลปฏิเสธที่จะแสดงความคิดเห็นเกี่ยวกับกรณีดังกล่าว โดยระบุว่าต้องรอผลการสอบสวนก่อน",
            "ภาพดังกล่าวถูกแชร์ในโซเชียลมีเดียมากกว่าหนึ่งแสนครั้งภายในคืนเดียว",
            "ผู้เชี่ยวชาญเตือนว่าเว็บไซต์จำนวนมากใช้คุกกี้ติดตามพฤติกรรมผู้ใช้โดยไม่แจ้งให้ทราบล่วงหน้า",
            "ศาลพิพากษาว่าจำเลยละเมิดลิขสิทธิ์เพลงของศิลปินรายดังกล่าว และสั่งให้ชดใช้ค่าเสียหาย 2 ล้านบาท",
            "โดยนายกรัฐมนตรีระบุว่ารัฐบาลจะเร่งออกมาตรการช่วยเหลือผู้ได้รับผลกระทบภายในเดือนนี้",
            "เมื่อวันที่ 12 มีนาคม 2567 คณะรัฐมนตรีมีมติอนุมัติงบประมาณดังกล่าว",
            "ผู้ใช้สามารถติดตามสถานการณ์น้ำท่วมได้ผ่านแอปพลิเคชันของกรมอุตุนิยมวิทยา",
            "ที่มาของงบประมาณส่วนนี้มาจากเงินกู้ตามพระราชกำหนดฉบับเดือนเมษายน",
            "ผู้สมัครสมาชิกพรรครายใหม่ต้องยื่นเอกสารภายในวันที่ 30 เมษายน",
        ],
    },
}

LANGUAGES = sorted(CASES)


def classify(cleaner: Cleaner, language: str, line: str) -> Line:
    """Clean one line between the language's two article paragraphs; return its verdict."""
    before, after = CASES[language]["paragraphs"]
    result = cleaner.clean("\n\n".join([before, line, after]), language=language)
    assert result.language == language
    found = [candidate for candidate in result.lines if candidate.text == line.strip()]
    assert len(found) == 1, f"line not found once in the result: {line!r}"
    return found[0]


def _cases(kind: str) -> tuple[list[tuple[str, str]], list[str]]:
    """(language, line) pairs of one kind, and their ids: ``de-drop-3``."""
    pairs = [(language, line) for language in LANGUAGES for line in CASES[language][kind]]
    ids = [f"{language}-{kind}-{i}"
           for language in LANGUAGES for i in range(len(CASES[language][kind]))]
    return pairs, ids


DROPS, DROP_IDS = _cases("drop")
KEEPS, KEEP_IDS = _cases("keep")


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner()


@pytest.mark.parametrize("language", LANGUAGES)
def test_lexicon_loads(language: str) -> None:
    lexicon = load_lexicon(language)
    assert lexicon.language == language
    assert lexicon.whole and lexicon.phrases is not None
    assert lexicon.words.get("dates") and lexicon.words.get("bylines")


@pytest.mark.parametrize("language", LANGUAGES)
def test_enough_cases(language: str) -> None:
    assert len(CASES[language]["drop"]) >= 8 and len(CASES[language]["keep"]) >= 5


@pytest.mark.parametrize(("language", "line"), DROPS, ids=DROP_IDS)
def test_boilerplate_is_dropped(cleaner: Cleaner, language: str, line: str) -> None:
    verdict = classify(cleaner, language, line)
    assert verdict.label.value == "drop", (line, [str(r) for r in verdict.reasons])


@pytest.mark.parametrize(("language", "line"), KEEPS, ids=KEEP_IDS)
def test_article_sentence_is_kept(cleaner: Cleaner, language: str, line: str) -> None:
    verdict = classify(cleaner, language, line)
    assert verdict.label.value == "keep", (line, [str(r) for r in verdict.reasons])
