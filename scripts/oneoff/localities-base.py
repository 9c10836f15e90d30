"""One-off: writes the province rows of data/localities.csv from shared/geo's name tables.

Kept for provenance (how the 63 + 18 province rows were made); districts, border gates and former
provinces are added by hand from the documents. Run: python3 scripts/oneoff/localities-base.py > /tmp/base.csv
"""
import csv, sys, unicodedata

GEO = '../shared/geo/build/'
LA_ALIASES = {
    'LA-HO': 'Houaphan|Huaphanh|Hua Phan|Hủa-phăn',
    'LA-LP': 'Luang Phabang|Louangphabang|Luông-pha-băng',
    'LA-BK': 'Bò Keo|Bo Keo',
    'LA-OU': 'Udomxay|Oudomxai|Udomxai|U-đôm-xay',
    'LA-PH': 'Phongsali|Phông-xa-lỳ|Phôngxalỳ',
    'LA-LM': 'Louang Namtha|Luang Nam Tha|Luông-nặm-thà',
    'LA-XA': 'Sainyabuli|Xaignabouli|Sayaboury|Xayabury|Xay-nhạ-bu-ly|Xaynhabuly',
    'LA-XI': 'Xieng Khouang|Xiengkhuang|Xiêng-khoảng',
    'LA-BL': 'Bolikhamxay|Borikhamxay|Bolikhamxai|Bô-ly-khăm-xay|Bolykhămxay',
    'LA-KH': 'Khammuan|Khamouane|Khăm-muộn',
    'LA-SV': 'Savanakhet|Xavannakhet|Xa-vẳn-na-khệt|Savẳnnakhệt',
    'LA-SL': 'Saravane|Salavanh|Saravan|Sa-la-văn',
    'LA-XE': 'Xekong|Sê Kông',
    'LA-AT': 'Attapu|Attopeu|Át-tạ-pư',
    'LA-CH': 'Champassak|Champasack|Chăm-pa-xắc',
    'LA-VT': 'Thủ đô Viêng Chăn|Vientiane Capital|Vientiane',
    'LA-VI': 'Tỉnh Viêng Chăn|Vientiane',
    'LA-XS': 'Xaysomboun|Saysomboun|Xay-xổm-bun',
}

def slug(s):
    s = s.replace('Đ', 'D').replace('đ', 'd')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn').lower()
    out = ''.join(c if c.isalnum() else '-' for c in s)
    while '--' in out: out = out.replace('--', '-')
    return out.strip('-')

w = csv.writer(sys.stdout, lineterminator='\n')
w.writerow(['locality_id','country','level','iso_code','name_vi','name_en','aliases','parent_id','valid_from','valid_to','successor_ids','merged_into_2025'])
for r in csv.DictReader(open(GEO + 'vn_names.csv', encoding='utf-8')):
    aliases = [a for a in [r['name_en'], r['name_vi_full']] if a and a != r['name_vi']]
    w.writerow([f"vn-{slug(r['name_vi'])}", 'VN', 'province', r['iso'], r['name_vi'], r['name_en'], '|'.join(aliases), '', '', '', '', r['new_id']])
for r in csv.DictReader(open(GEO + 'la_names.csv', encoding='utf-8')):
    aliases = [r['name_vi']] + ([r['src_name']] if r['src_name'] not in (r['name_en'],) else []) + LA_ALIASES.get(r['iso'], '').split('|')
    seen = []
    for a in aliases:
        if a and a not in seen and a not in (r['name_en'], r['name_vi']): seen.append(a)
    w.writerow([f"la-{slug(r['name_en'])}", 'LA', 'province', r['iso'], r['name_vi'], r['name_en'], '|'.join(seen), '', '', '', '', ''])
