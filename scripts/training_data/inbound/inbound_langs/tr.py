# ruff: noqa: E501
"""Turkish inbound cores. Modes: see scripts/training_data/inbound/dates.py."""

# fmt: off
LANG = {
    "code": "tr",
    "tz": {"winter": [180], "summer": [180]},
    "months": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
    "weekdays": ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"],
    "date_formats": [
        ("{d} {month}", ""), ("{d} {month} {y}", "yr"), ("{dd}.{mm}.{y}", "yr"), ("{d} {month} {wd}", ""), ("{d} {month} {y} {wd}", "yr"), ("{dd}.{mm}", ""),
    ],
    "names": ["Ayşe Yılmaz", "Mehmet Kaya", "Zeynep Demir", "Emre Şahin", "Elif Çelik", "Burak Yıldız", "Selin Aydın", "Can Öztürk", "Deniz Arslan", "Gökhan Doğan", "Ece Koç"],
    "companies": ["Anadolu Lojistik A.Ş.", "Boğaziçi Sigorta", "Ege Gıda San. ve Tic.", "Marmara Enerji A.Ş.", "Kuzey Yazılım", "Toros Tekstil", "Başkent İnşaat"],
    "tld": ["com.tr", "com.tr", "com"],
    "phones": ["+90 212 ### ## ##", "Tel: 0216 ### ## ##", "Cep: 05## ### ## ##"],
    "addresses": ["Büyükdere Cad. No:185\n34394 Levent / İstanbul", "Atatürk Bulvarı No:12\n06420 Çankaya / Ankara"],
    "titles": ["Satın Alma Müdürü", "Lojistik Müdürü", "Genel Müdür", "Bilgi Teknolojileri Müdürü", "Finans Direktörü", "Pazarlama Uzmanı"],
    "signoffs": ["Saygılarımla,", "İyi çalışmalar,", "Teşekkürler,", "Saygılarımızla,", "Selamlar,"],
    "mobile": ["iPhone'umdan gönderildi", "Android için Outlook'tan gönderildi"],
    "ooo_greet": ["Merhaba,", "Sayın ilgili,", "İyi günler,", "Merhabalar,"],
    "human_greet": ["Merhaba {VFIRST},", "{VFIRST} Bey/Hanım merhaba,", "Selam {VFIRST},", "Sayın {VFIRST},"],
    "reply_prefix": ["YNT: ", "Ynt: ", "RE: ", "Re: "],
    "ooo_subject": ["Otomatik yanıt: {S}", "Ofis dışında: {S}", "İzindeyim", "Ofis Dışı", "Out of Office: {S}", "YNT: {S}"],
    "ooo_open": ["Mesajınız için teşekkür ederim.", "E-postanız için teşekkürler.", "Bu otomatik bir yanıttır.", "İletiniz bana ulaştı."],
    "ooo_absence": [
        ("{D} tarihine kadar ofis dışındayım ve e-postalarıma erişimim yok.", "until"),
        ("{D} tarihinde ofiste olacağım.", "back"),
        ("{D1} - {D} tarihleri arasında yıllık izindeyim.", "range"),
        ("{D} tarihi dahil izindeyim.", "incl"),
        ("İş seyahatindeyim, {W} günü ofise döneceğim.", "wd_back"),
        ("Bugün eğitimdeyim, yarın ofiste olacağım.", "tomorrow"),
        ("Şu anda doğum iznindeyim.", "none"),
        ("Şu an ofis dışındayım, e-postalara erişimim sınırlı.", "none"),
        ("{D} itibarıyla tekrar işbaşı yapacağım.", "back"),
        ("Bayram tatili nedeniyle ofisimiz {D} tarihine kadar kapalıdır.", "until"),
        ("Raporluyum, {W} günü dönmeyi planlıyorum.", "wd_back"),
        ("{D1} ile {D} arasında fuardayım.", "range"),
    ],
    "ooo_short": [
        ("{D} tarihine kadar izindeyim.", "until"),
        ("Ofis dışındayım, {D} döneceğim.", "back"),
        ("Şu anda müsait değilim, en kısa sürede dönüş yapacağım.", "none"),
        ("İzin: {D1} - {D}.", "range"),
    ],
    "ooo_alt": [
        "Acil durumlar için lütfen {ALT} ile iletişime geçin.",
        "Yokluğumda {ALT} size yardımcı olacaktır.",
        "Acil konular: {ALT}.",
        "Teklif talepleri için {ALT} adresine yazabilirsiniz.",
    ],
    "ooo_close": [
        "Döndüğümde size en kısa sürede yanıt vereceğim.",
        "E-postanız iletilmeyecektir.",
        "Anlayışınız için teşekkür ederim.",
        "En kısa zamanda dönüş yapacağım.",
    ],
    "ack_subject": ["Talebiniz alındı [#{TICKET}]", "Otomatik yanıt: mesajınız alındı", "{TICKET} numaralı kaydınız oluşturuldu", "Otomatik yanıt: {S}"],
    "ack": [
        "Merhaba,\n\nBize ulaştığınız için teşekkür ederiz. Bu e-posta talebinizin alındığını teyit eden otomatik bir mesajdır. Kayıt numaranız {TICKET}. İki iş günü içinde dönüş yapacağız.\n\n{COMPANY} Müşteri Hizmetleri",
        "{COMPANY} ile iletişime geçtiğiniz için teşekkürler. Çalışma saatlerimiz hafta içi 09:00–18:00'dir.\n\nLütfen bu otomatik mesaja yanıt vermeyin.",
        "Faturanız alınmıştır ve otomatik olarak işleme alınacaktır.",
        "Mesajınızı aldık! Ekibimizden biri kısa süre içinde size dönecek. Sık sorulan sorular: {URL}",
    ],
    "gone_subject": ["Otomatik yanıt: {S}", "{FULL} artık {COMPANY} bünyesinde değil", "Bu adres artık kullanılmıyor", "YNT: {S}"],
    "gone": [
        "{FULL} artık {COMPANY} bünyesinde çalışmamaktadır. Bu posta kutusu kontrol edilmemektedir. Lütfen {ALT} ile iletişime geçin.",
        "Merhaba, {COMPANY} ile yollarımı ayırdım; bu adres yakında kapatılacak. Yeni muhatabınız {ALT}.",
        ("{FULL} {D} tarihi itibarıyla şirketimizden ayrılmıştır. Mesajınız iletilmemiştir. İletişim: {ALT}.", "past"),
        "Bu e-posta adresi artık kullanılmamaktadır. Lütfen {ALT} adresine yazın.",
    ],
    "newsletter": [
        ("{COMPANY} Bülteni", "Merhaba,\n\nBu ay: yeni depomuz {D} tarihinde İzmir'de açılıyor, e-fatura webinarı ve bir müşteri hikâyesi.\n\nDevamını okuyun: {URL}\n\nBu e-postayı bültenimize abone olduğunuz için alıyorsunuz. Abonelikten çık"),
        ("Davet: {D} müşteri buluşması", "{D} tarihinde İstanbul ofisimizde düzenlenecek müşteri buluşmasına davetlisiniz. Kayıt: {URL}\n\nE-posta almak istemiyorsanız buradan ayrılabilirsiniz."),
    ],
    "human": [
        ("Teşekkürler. {D} tarihine kadar tatildeyim, döndüğümde konuşabilir miyiz?", "until", "away"),
        ("Bu hafta seyahatteyim, {W} günü dönüyorum. O zaman tekrar yazın lütfen.", "wd_back", "away"),
        ("{D1} - {D} arası izindeyim, sonraki hafta bir görüşme ayarlayalım mı?", "range", "away"),
        ("Şu an izindeyim, dönünce bakarım.", "away", "away"),
        ("Artık ERP projesinde çalışmıyorum ama {ALT} size yardımcı olabilir.", "none", "hard_negative"),
        ("Eski tedarikçimizle artık çalışmıyoruz. 40 kullanıcı için teklif gönderebilir misiniz?", "none", "hard_negative"),
        ("Tatilden yeni döndüm, e-postaları topluyorum. Perşembe saat 10 uygun.", "none", "hard_negative"),
        ("Bütçe {D} tarihinde netleşecek, sonrasında size döneceğim.", "note", "hard_negative"),
        ("İlginç. Fiyat listesi ve perakende sektöründen bir referans gönderebilir misiniz?", "none", "reply"),
        ("İlgilenmiyorum, lütfen beni listeden çıkarın.", "none", "reply"),
        ("Bu konuyla ben ilgilenmiyorum, {ALT} ile görüşün.", "none", "reply"),
        ("Olur, {D} saat 14:00'te konuşalım.", "note", "reply"),
        ("Başka bir çözüm seçtik, yine de teşekkürler.", "none", "reply"),
    ],
    "outgoing": [
        ("{COMPANY} için daha az başarısız teslimat", "Merhaba {PFIRST},\n\nLojistik ekiplerinin ilk denemede başarısız teslimatlarını yaklaşık %18 azaltmasına yardımcı oluyoruz. Önümüzdeki hafta 20 dakikanız olur mu?\n\nSaygılarımla,"),
        ("Raporlama hakkında kısa bir soru", "Merhaba {PFIRST},\n\nEkibiniz haftalık satış raporunu bugün nasıl hazırlıyor? {VCOMPANY} bunu doğrudan CRM'den otomatikleştiriyor. Kısa bir demo gösterebilir miyim?\n\nTeşekkürler,"),
    ],
    "quote_on": "{date} tarihinde {name} <{addr}> şunu yazdı:",
    "quote_date": ["{d} {month} {y} {wd} {H}:{M}", "{dd}.{mm}.{y} {H}:{M}"],
    "outlook": ("Kimden", "Gönderildi", "Kime", "Konu"),
    "outlook_date": ["{d} {month} {y} {wd} {H}:{M}"],
    "disclaimers": ["Bu e-posta ve ekleri gizlidir ve yalnızca alıcısına yöneliktir. Yanlışlıkla aldıysanız lütfen göndereni bilgilendirip siliniz.", "Mersis No: 0123456789000015 | Ticaret Sicil No: 123456"],
    "bounce": {
        "subject": "Teslim Edilemedi: ",
        "line": "İletiniz aşağıdaki alıcıya teslim edilemedi.",
        "hint": "E-posta adresi bulunamadı veya alıcının posta kutusu kullanılamıyor.",
        "delay_subject": "Teslim gecikti: ",
        "delay_line": "Bu alıcılara veya gruplara teslim gecikti. İletinizi teslim etmeye devam edeceğiz. Herhangi bir işlem yapmanız gerekmiyor.",
    },
    "content_language": "tr-TR",
}
# fmt: on

# More ways of saying it: compact ranges, next week's days, dated subjects.
LANG["compact_range"] = "{d1}-{d} {month}"
LANG["ooo_subject_dated"] = [
    "{D} tarihine kadar ofis dışındayım",
    "İzindeyim – dönüş {D}",
    "Ofis dışı ({D} tarihine kadar): {S}",
]
LANG["ooo_absence"] += [
    ("{R} tarihleri arasında izindeyim.", "range"),
    ("Gelecek hafta {W} günü ofiste olacağım.", "wd_nextweek"),
    ("{D} tarihine kadar fuardayım, e-postaları yalnızca akşamları okuyorum.", "until"),
    (
        "Evden çalışıyorum ve şirket ağına erişimim yok; {D} tarihinde ofise döneceğim.",
        "back",
    ),
]
LANG["ooo_alt"] += ["Satış konuları için {ALT}, fatura konuları için {ALT2}."]
LANG["human"] += [
    (
        "Bu hafta müşteri tarafındayım, gelecek hafta {W} dönüyorum. Sunumu şimdiden gönderebilir misiniz?",
        "wd_nextweek",
        "away",
    ),
    ("{R} arası yokum, bir sonraki haftaya bakalım.", "range", "away"),
    (
        "Geçen hafta şirket toplantımız vardı, geç dönüş için kusura bakmayın. Teklife SSO ekleyebilir misiniz?",
        "none",
        "hard_negative",
    ),
    (
        "Yarın tatile çıkıyorum, sözleşmeyi bugün gönderirseniz gitmeden imzalarım.",
        "none",
        "hard_negative",
    ),
    (
        "Genel müdürümüz {D} tarihine kadar yurt dışında, ondan önce karar çıkmaz.",
        "note",
        "hard_negative",
    ),
]

# Acknowledgements that sound busy (not absent) and an event reminder.
LANG["ack"] += [
    "{COMPANY} satış ekibine yazdığınız için teşekkürler. Yoğunluk nedeniyle yanıtımız üç iş gününü bulabilir. Referans: {TICKET}.",
    "Mesajınız ilgili departmana iletildi. Başka bir işlem yapmanıza gerek yok. Yazışmalarda {TICKET} numarasını belirtiniz.",
]
LANG["newsletter"] += [
    [
        "Hatırlatma: webinarınız yakında başlıyor",
        'Merhaba,\n\n"2026 Planlaması" webinarı {D} saat 15:00\'te başlıyor. Katılım bağlantısı: {URL}\n\nKatılamıyor musunuz? Kaydı göndereceğiz.\n\nHatırlatmalardan çık',
    ]
]

# Written about the person (an assistant's or a mailbox rule's notice), not by them.
LANG["ooo_short"] += [
    ["{FULL} {D} tarihine kadar ofis dışındadır, dönüşünde yanıt verecektir.", "until"],
    ["{FULL} {D} tarihinde ofiste olacaktır.", "back"],
]

# Forwarded, a price question, a past absence (not away now).
LANG["human"] += [
    ["E-postanızı satın almadan sorumlu {ALT} adresine ilettim.", "none", "reply"],
    [
        "Kullanıcı başına aylık yaklaşık maliyeti nedir? Yaklaşık 60 kişiyiz.",
        "none",
        "reply",
    ],
    [
        "Kusura bakmayın, geçen hafta neredeyse tamamen hastaydım, şimdi görüyorum. Salı öğleden sonra uygun.",
        "none",
        "hard_negative",
    ],
]
