/* Compiled kernels for the classifier's hot loops, one per function of the pure-Python
 * code they replace, with the same results (tests/test_kernels.py compares the two on
 * every corpus document and on edge cases).
 *
 *   split_lines   cleaner/lines.py:_split_lines_python: one pass over the document that
 *                 cuts lines, strips them, counts words (re's \w+) and finds the sentence
 *                 end, building each Line as it goes.
 *   line_starts   cleaner/patterns.py:_line_starts_python: where a text's lines start.
 *   normalise     cleaner/patterns.py:_normalise_python: the key a whole-line entry is
 *                 looked up by (casefolded, single spaces, no edge punctuation).
 *   whole_line_keys  cleaner/patterns.py:_whole_line_python: the lines that are a
 *                 whole-line key, and its value.
 *   add_to_each   cleaner/lines.py:add_to_each: one piece of evidence added to a stretch
 *                 of lines, their slots read and written in place.
 *   dice          cleaner/scorers/region.py:_dice_python: how like the page title each
 *                 candidate headline is.
 *   lower,        str.lower and str.casefold, at ASCII speed on text that is mostly
 *   casefold      ASCII (cleaner/casing.py).
 *
 * Built by hatch_build.py when a C compiler is present; without it, the Python code runs.
 */

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>
#include <string.h>

/* re's \w on str patterns (Modules/_sre: SRE_UNI_IS_WORD). */
static inline int
is_word(Py_UCS4 ch)
{
    return ch == '_' || Py_UNICODE_ISALNUM(ch);
}

/* Could ch be in a script written without spaces (Han, Hiragana, Katakana, Thai, Lao,
 * Khmer, Myanmar)? Those blocks, widened; count_words counts such lines (by the regex
 * module's script properties), and tests/test_kernels.py checks that no character of
 * those scripts lies outside these ranges. */
static inline int
maybe_unspaced(Py_UCS4 ch)
{
    return ch >= 0x0E00 && ((ch <= 0x109F) || (ch >= 0x1780 && ch <= 0x17FF)
        || (ch >= 0x19E0 && ch <= 0x19FF) || (ch >= 0x2E80 && ch <= 0x9FFF)
        || (ch >= 0xA9E0 && ch <= 0xAAFF) || (ch >= 0xF900 && ch <= 0xFAFF)
        || (ch >= 0xFF00 && ch <= 0xFFEF) || ch >= 0x10000);
}

static int
in_set(PyObject *chars, Py_UCS4 ch)
{
    return PyUnicode_FindChar(chars, ch, 0, PyUnicode_GET_LENGTH(chars), 1) >= 0;
}

PyDoc_STRVAR(split_lines_doc,
"split_lines(text, line_type, blank_label, count_words, closers, terminals, min_prose_words)\n"
"--\n\n"
"The document's lines as line_type objects: Line(index, raw, stripped, words, chars,\n"
"terminal, prose, letters, digit, decimal) for a line with text, Line(index, raw, '', 0,\n"
"0, False, False, 0, False, False, blank_label, blank_label) for a blank one; letters\n"
"counts the characters for which str.isalpha holds, digit and decimal say whether\n"
"str.isdigit and str.isdecimal hold for any. Lines are cut on '\\n' (one final '\\n' ends\n"
"the last line); words are runs of \\w, or count_words(stripped) for a line with a\n"
"character of a script written without spaces; a line is terminal when its last\n"
"character before any of closers is one of terminals.\n\n"
"With fields (the names of line_type's __init__ parameters, in order) and defaults (the\n"
"values of those after the tenth), and every field a slot of line_type, the lines are made\n"
"by setting the slots directly: what line_type's own __init__ would do, when it does\n"
"nothing but assign them (a dataclass's). Otherwise line_type is called.");

/* Character classes of ASCII, as str.isalpha, str.isdigit (= isdecimal there) and re's \w
 * see them: the common case, spared the Unicode database's lookups. */
enum { ASCII_ALPHA = 1, ASCII_DIGIT = 2, ASCII_WORD = 4 };
static unsigned char ascii_class[128];

static void
init_ascii_class(void)
{
    for (int ch = 0; ch < 128; ch++)
        ascii_class[ch] = (unsigned char)(
            ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ? ASCII_ALPHA | ASCII_WORD : 0)
            | (ch >= '0' && ch <= '9' ? ASCII_DIGIT | ASCII_WORD : 0)
            | (ch == '_' ? ASCII_WORD : 0));
}

#define LINE_FIELDS 10   /* the fields split_lines computes; the rest take their defaults */
#define MAX_FIELDS 64

/* The slots a line's fields are stored in, or 0 where a field is not a plain object slot
 * (then line_type is called instead). */
static int
slot_members(PyObject *line_type, PyObject *fields, PyObject *defaults, PyMemberDef **members)
{
    if (fields == Py_None || !PyTuple_Check(fields) || !PyTuple_Check(defaults)
            || !PyType_Check(line_type))
        return 0;
    const Py_ssize_t n = PyTuple_GET_SIZE(fields);
    if (n <= LINE_FIELDS + 1 || n > MAX_FIELDS || PyTuple_GET_SIZE(defaults) != n - LINE_FIELDS)
        return 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *descr = PyObject_GetAttr(line_type, PyTuple_GET_ITEM(fields, i));
        if (descr == NULL) {
            PyErr_Clear();
            return 0;
        }
        int ok = Py_IS_TYPE(descr, &PyMemberDescr_Type)
            && ((PyMemberDescrObject *)descr)->d_member->type == T_OBJECT_EX
            && !(((PyMemberDescrObject *)descr)->d_member->flags & READONLY);
        members[i] = ok ? ((PyMemberDescrObject *)descr)->d_member : NULL;
        Py_DECREF(descr);  /* (the type keeps its descriptors) */
        if (!ok)
            return 0;
    }
    return 1;
}

/* A new line_type instance: its slots set to values (n of them), or line_type called with
 * the first argc. */
static PyObject *
make_line(PyObject *line_type, PyMemberDef **members, PyObject **values, Py_ssize_t n,
          Py_ssize_t argc)
{
    if (members == NULL)
        return PyObject_Vectorcall(line_type, values, argc, NULL);
    PyTypeObject *type = (PyTypeObject *)line_type;
    PyObject *line = type->tp_alloc(type, 0);
    if (line == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (PyMember_SetOne((char *)line, members[i], values[i]) < 0) {
            Py_DECREF(line);
            return NULL;
        }
    }
    /* A line holds strings, numbers, labels and its list of reasons: it cannot close a
     * reference cycle, so the cycle collector need not look at it. Untracked, the tens of
     * thousands of lines a batch holds cost its collections nothing (a tenth of a pass
     * where the results are kept). */
    if (PyObject_GC_IsTracked(line))
        PyObject_GC_UnTrack(line);
    return line;
}

static PyObject *
split_lines(PyObject *module, PyObject *args)
{
    PyObject *text, *line_type, *blank, *count_words, *closers, *terminals;
    PyObject *fields = Py_None, *defaults = Py_None;
    Py_ssize_t min_prose;
    if (!PyArg_ParseTuple(args, "UOOOUUn|OO:split_lines", &text, &line_type, &blank,
                          &count_words, &closers, &terminals, &min_prose, &fields, &defaults))
        return NULL;
    PyMemberDef *slots[MAX_FIELDS];
    PyMemberDef **members = slot_members(line_type, fields, defaults, slots) ? slots : NULL;
    const Py_ssize_t nfields = members ? PyTuple_GET_SIZE(fields) : 0;
    PyObject *values[MAX_FIELDS];  /* a line's field values: computed, then the defaults */
    for (Py_ssize_t i = LINE_FIELDS; i < nfields; i++)
        values[i] = PyTuple_GET_ITEM(defaults, i - LINE_FIELDS);

    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (n > 0 && PyUnicode_READ(kind, data, n - 1) == '\n')
        n--;

    PyObject *empty = PyUnicode_New(0, 0);
    PyObject *zero = PyLong_FromLong(0);
    PyObject *out = PyList_New(0);
    if (empty == NULL || zero == NULL || out == NULL)
        goto error;

    Py_ssize_t start = 0, index = 0;
    for (;;) {
        Py_ssize_t end = start;
        while (end < n && PyUnicode_READ(kind, data, end) != '\n')
            end++;
        Py_ssize_t a = start, b = end;
        while (a < b && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, a)))
            a++;
        while (b > a && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, b - 1)))
            b--;

        PyObject *raw = PyUnicode_Substring(text, start, end);
        PyObject *number = PyLong_FromSsize_t(index);
        PyObject *line = NULL;
        if (raw != NULL && number != NULL) {
            if (a == b) {
                PyObject *computed[] = {number, raw, empty, zero, zero, Py_False, Py_False,
                                        zero, Py_False, Py_False, blank, blank};
                memcpy(values, computed, sizeof computed);
                line = make_line(line_type, members, values, nfields, 12);
            }
            else {
                Py_ssize_t words = 0, letters = 0;
                int in_word = 0, unspaced = 0, digit = 0, decimal = 0;
                for (Py_ssize_t i = a; i < b; i++) {
                    Py_UCS4 ch = PyUnicode_READ(kind, data, i);
                    if (ch < 128) {
                        const unsigned char cls = ascii_class[ch];
                        letters += cls & ASCII_ALPHA;
                        if (cls & ASCII_DIGIT)
                            digit = decimal = 1;
                        if (cls & ASCII_WORD) {
                            words += !in_word;
                            in_word = 1;
                        }
                        else
                            in_word = 0;
                        continue;
                    }
                    if (ch >= 0x0E00 && !unspaced)
                        unspaced = maybe_unspaced(ch);
                    if (Py_UNICODE_ISALPHA(ch))
                        letters++;
                    else if (Py_UNICODE_ISDIGIT(ch)) {
                        digit = 1;
                        decimal = decimal || Py_UNICODE_ISDECIMAL(ch);
                    }
                    if (is_word(ch)) {
                        words += !in_word;
                        in_word = 1;
                    }
                    else
                        in_word = 0;
                }
                PyObject *stripped = (a == start && b == end)
                    ? Py_NewRef(raw) : PyUnicode_Substring(text, a, b);
                if (stripped != NULL && unspaced) {
                    PyObject *counted = PyObject_CallOneArg(count_words, stripped);
                    words = counted == NULL ? -1 : PyLong_AsSsize_t(counted);
                    Py_XDECREF(counted);
                    if (words < 0 && !PyErr_Occurred())
                        PyErr_SetString(PyExc_ValueError, "count_words returned < 0");
                }
                if (stripped != NULL && !PyErr_Occurred()) {
                    Py_ssize_t c = b;
                    while (c > a && in_set(closers, PyUnicode_READ(kind, data, c - 1)))
                        c--;
                    int terminal = c > a && in_set(terminals, PyUnicode_READ(kind, data, c - 1));
                    PyObject *count = PyLong_FromSsize_t(words);
                    PyObject *chars = PyLong_FromSsize_t(b - a);
                    PyObject *alpha = PyLong_FromSsize_t(letters);
                    if (count != NULL && chars != NULL && alpha != NULL) {
                        PyObject *computed[] = {number, raw, stripped, count, chars,
                                                terminal ? Py_True : Py_False,
                                                terminal && words >= min_prose
                                                    ? Py_True : Py_False,
                                                alpha, digit ? Py_True : Py_False,
                                                decimal ? Py_True : Py_False};
                        memcpy(values, computed, sizeof computed);
                        if (members != NULL) {  /* (a blank line set these two) */
                            values[LINE_FIELDS] = PyTuple_GET_ITEM(defaults, 0);
                            values[LINE_FIELDS + 1] = PyTuple_GET_ITEM(defaults, 1);
                        }
                        line = make_line(line_type, members, values, nfields, 10);
                    }
                    Py_XDECREF(count);
                    Py_XDECREF(chars);
                    Py_XDECREF(alpha);
                }
                Py_XDECREF(stripped);
            }
        }
        Py_XDECREF(raw);
        Py_XDECREF(number);
        if (line == NULL)
            goto error;
        int failed = PyList_Append(out, line);
        Py_DECREF(line);
        if (failed)
            goto error;
        if (end >= n)
            break;
        start = end + 1;
        index++;
    }
    Py_DECREF(empty);
    Py_DECREF(zero);
    return out;

error:
    Py_XDECREF(empty);
    Py_XDECREF(zero);
    Py_XDECREF(out);
    return NULL;
}

PyDoc_STRVAR(line_starts_doc,
"line_starts(text)\n"
"--\n\n"
"Where each line of text (a str or bytes; lines end at '\\n') starts, and after them\n"
"len(text) + 1: the offsets of the lines of text.split('\\n') in text, in characters or\n"
"bytes.");

static PyObject *
line_starts(PyObject *module, PyObject *text)
{
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    Py_ssize_t n, at = 0;
    int kind = 0;
    const void *data;
    if (PyUnicode_Check(text)) {
        kind = PyUnicode_KIND(text);
        data = PyUnicode_DATA(text);
        n = PyUnicode_GET_LENGTH(text);
    }
    else if (PyBytes_Check(text)) {
        data = PyBytes_AS_STRING(text);
        n = PyBytes_GET_SIZE(text);
    }
    else {
        Py_DECREF(out);
        PyErr_SetString(PyExc_TypeError, "line_starts: text must be str or bytes");
        return NULL;
    }
    for (;;) {
        PyObject *start = PyLong_FromSsize_t(at);
        if (start == NULL || PyList_Append(out, start) < 0) {
            Py_XDECREF(start);
            Py_DECREF(out);
            return NULL;
        }
        Py_DECREF(start);
        if (at > n)
            break;
        Py_ssize_t end;
        if (kind == PyUnicode_1BYTE_KIND || kind == 0) {
            const char *found = memchr((const char *)data + at, '\n', n - at);
            end = found ? found - (const char *)data : n;
        }
        else {
            end = at;
            while (end < n && PyUnicode_READ(kind, data, end) != '\n')
                end++;
        }
        at = end + 1;
    }
    return out;
}

static PyObject *convert_case(PyObject *text, int fold);

/* The slots add_to_each reads and writes, found once per line type. */
enum { EV_CATEGORY, EV_STRONGEST, EV_POSITIVE, EV_SCORE, EV_REASONS, EV_FIELDS };
static const char *const evidence_fields[EV_FIELDS] = {
    "category", "strongest", "positive", "score", "reasons"};
static PyTypeObject *evidence_type = NULL;  /* (held, so its address is not reused) */
static Py_ssize_t evidence_offsets[EV_FIELDS];

static int
evidence_slots(PyTypeObject *type)
{
    if (type == evidence_type)
        return 1;
    Py_ssize_t offsets[EV_FIELDS];
    for (int f = 0; f < EV_FIELDS; f++) {
        PyObject *descr = PyObject_GetAttrString((PyObject *)type, evidence_fields[f]);
        if (descr == NULL) {
            PyErr_Clear();
            return 0;
        }
        int ok = Py_IS_TYPE(descr, &PyMemberDescr_Type)
            && ((PyMemberDescrObject *)descr)->d_member->type == T_OBJECT_EX
            && !(((PyMemberDescrObject *)descr)->d_member->flags & READONLY);
        if (ok)
            offsets[f] = ((PyMemberDescrObject *)descr)->d_member->offset;
        Py_DECREF(descr);
        if (!ok)
            return 0;
    }
    memcpy(evidence_offsets, offsets, sizeof offsets);
    Py_XSETREF(evidence_type, (PyTypeObject *)Py_NewRef(type));
    return 1;
}

#define SLOT(line, f) (*(PyObject **)((char *)(line) + evidence_offsets[f]))

/* Replace a slot's value, with a new reference (stolen); 0 when value is NULL. */
static int
set_slot(PyObject *line, int f, PyObject *value)
{
    if (value == NULL)
        return 0;
    PyObject *old = SLOT(line, f);
    SLOT(line, f) = value;
    Py_XDECREF(old);
    return 1;
}

PyDoc_STRVAR(add_to_each_doc,
"add_to_each(lines, reason, category, weight)\n"
"--\n\n"
"lines.add_to_each for a list of lines, weight being reason.weight (a float): how many\n"
"lines it did. It stops at the first line whose slots are not as split_lines makes\n"
"them (a float score, strongest and positive; every slot set), for Python to go on.");

static PyObject *
add_to_each(PyObject *module, PyObject *args)
{
    PyObject *lines, *reason, *category, *weight_object;
    if (!PyArg_ParseTuple(args, "O!OOO!:add_to_each", &PyList_Type, &lines, &reason,
                          &category, &PyFloat_Type, &weight_object))
        return NULL;
    const double weight = PyFloat_AS_DOUBLE(weight_object);
    const Py_ssize_t n = PyList_GET_SIZE(lines);
    Py_ssize_t k = 0;
    for (; k < n; k++) {
        PyObject *line = PyList_GET_ITEM(lines, k);
        if (!evidence_slots(Py_TYPE(line)))
            break;
        PyObject *line_category = SLOT(line, EV_CATEGORY), *strongest = SLOT(line, EV_STRONGEST);
        PyObject *positive = SLOT(line, EV_POSITIVE), *score = SLOT(line, EV_SCORE);
        PyObject *reasons = SLOT(line, EV_REASONS);
        if (line_category == NULL || reasons == NULL || strongest == NULL
                || !PyFloat_CheckExact(strongest) || positive == NULL
                || !PyFloat_CheckExact(positive) || score == NULL || !PyFloat_CheckExact(score))
            break;
        if (weight > 0) {
            const double strong = PyFloat_AS_DOUBLE(strongest);
            if (category != Py_None && (line_category == Py_None || weight > strong))
                set_slot(line, EV_CATEGORY, Py_NewRef(category));
            if (weight > strong && !set_slot(line, EV_STRONGEST, Py_NewRef(weight_object)))
                return NULL;
            if (!set_slot(line, EV_POSITIVE,
                          PyFloat_FromDouble(PyFloat_AS_DOUBLE(positive) + weight)))
                return NULL;
        }
        if (!set_slot(line, EV_SCORE, PyFloat_FromDouble(PyFloat_AS_DOUBLE(score) + weight)))
            return NULL;
        if (Py_IS_TYPE(reasons, &PyList_Type)) {
            if (PyList_Append(reasons, reason) < 0)
                return NULL;
        }
        else if (!set_slot(line, EV_REASONS, PyList_New(1))) {
            return NULL;
        }
        else {
            PyList_SET_ITEM(SLOT(line, EV_REASONS), 0, Py_NewRef(reason));
        }
    }
    return PyLong_FromSsize_t(k);
}

/* normalise of an ASCII text, in one pass: there casefolding is lowering, str.isalnum is
 * [A-Za-z0-9] and str.split's whitespace is [\t\n\v\f\r\x1c-\x1f ]. */
static PyObject *
normalise_ascii(PyObject *text)
{
    const unsigned char *in = PyUnicode_1BYTE_DATA(text);
    Py_ssize_t a = 0, b = PyUnicode_GET_LENGTH(text);
    while (a < b && !(ascii_class[in[a]] & (ASCII_ALPHA | ASCII_DIGIT)))
        a++;
    while (b > a && !(ascii_class[in[b - 1]] & (ASCII_ALPHA | ASCII_DIGIT)))
        b--;
    PyObject *out = PyUnicode_New(b - a, 127);
    if (out == NULL)
        return NULL;
    unsigned char *o = PyUnicode_1BYTE_DATA(out);
    Py_ssize_t size = 0;
    for (Py_ssize_t i = a; i < b; i++) {
        const unsigned char ch = in[i];
        if (ch == ' ' || (ch >= '\t' && ch <= '\r') || (ch >= 0x1c && ch <= 0x1f)) {
            if (o[size - 1] != ' ')  /* (size > 0: position a is alphanumeric) */
                o[size++] = ' ';
        }
        else {
            o[size++] = (ch >= 'A' && ch <= 'Z') ? ch + 32 : ch;
        }
    }
    if (size < b - a) {  /* runs of whitespace were made single: a shorter string */
        PyObject *shorter = PyUnicode_FromKindAndData(PyUnicode_1BYTE_KIND, o, size);
        Py_DECREF(out);
        return shorter;
    }
    return out;
}

PyDoc_STRVAR(normalise_doc,
"normalise(text)\n"
"--\n\n"
"text.casefold(), its runs of whitespace (str.split's) made single spaces, and what is\n"
"not alphanumeric (str.isalnum) cut from both ends.");

static PyObject *
normalise(PyObject *module, PyObject *text)
{
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "normalise: text must be a str");
        return NULL;
    }
    if (PyUnicode_IS_ASCII(text))
        return normalise_ascii(text);
    PyObject *folded = convert_case(text, 1);
    if (folded == NULL)
        return NULL;
    const int kind = PyUnicode_KIND(folded);
    const void *data = PyUnicode_DATA(folded);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(folded);
    Py_ssize_t a = 0, b = n;
    while (a < b && !Py_UNICODE_ISALNUM(PyUnicode_READ(kind, data, a)))
        a++;
    while (b > a && !Py_UNICODE_ISALNUM(PyUnicode_READ(kind, data, b - 1)))
        b--;
    /* Within [a, b) both ends are alphanumeric: only inner runs of whitespace change. */
    int plain = 1;
    for (Py_ssize_t i = a; i < b && plain; i++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        if (Py_UNICODE_ISSPACE(ch) && (ch != ' ' || Py_UNICODE_ISSPACE(
                PyUnicode_READ(kind, data, i + 1))))
            plain = 0;
    }
    PyObject *out;
    if (plain) {
        out = PyUnicode_Substring(folded, a, b);
    }
    else {
        Py_UCS4 *buffer = PyMem_Malloc((b - a) * sizeof *buffer);
        if (buffer == NULL) {
            Py_DECREF(folded);
            return PyErr_NoMemory();
        }
        Py_ssize_t size = 0;
        for (Py_ssize_t i = a; i < b; i++) {
            Py_UCS4 ch = PyUnicode_READ(kind, data, i);
            if (Py_UNICODE_ISSPACE(ch)) {
                if (buffer[size - 1] != ' ')  /* (size > 0: position a is not a space) */
                    buffer[size++] = ' ';
            }
            else {
                buffer[size++] = ch;
            }
        }
        out = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, buffer, size);
        PyMem_Free(buffer);
    }
    Py_DECREF(folded);
    return out;
}

PyDoc_STRVAR(whole_line_keys_doc,
"whole_line_keys(texts, keys, longest)\n"
"--\n\n"
"(number, keys[normalise(text)]) for each of the texts (a list of str) of 1 to longest\n"
"characters whose normalise(text) is a key of the dict keys, in order.");

static PyObject *
whole_line_keys(PyObject *module, PyObject *args)
{
    PyObject *texts, *keys;
    Py_ssize_t longest;
    if (!PyArg_ParseTuple(args, "O!O!n:whole_line_keys", &PyList_Type, &texts, &PyDict_Type,
                          &keys, &longest))
        return NULL;
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(texts); i++) {
        PyObject *text = PyList_GET_ITEM(texts, i);
        if (!PyUnicode_Check(text)) {
            PyErr_SetString(PyExc_TypeError, "whole_line_keys: texts must be a list of str");
            goto error;
        }
        const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
        if (n == 0 || n > longest)
            continue;
        PyObject *key = normalise(module, text);
        if (key == NULL)
            goto error;
        PyObject *found = PyDict_GetItemWithError(keys, key);  /* (borrowed) */
        Py_DECREF(key);
        if (found == NULL) {
            if (PyErr_Occurred())
                goto error;
            continue;
        }
        PyObject *pair = Py_BuildValue("(nO)", i, found);
        if (pair == NULL || PyList_Append(out, pair) < 0) {
            Py_XDECREF(pair);
            goto error;
        }
        Py_DECREF(pair);
    }
    return out;
error:
    Py_DECREF(out);
    return NULL;
}

PyDoc_STRVAR(dice_doc,
"dice(texts, words)\n"
"--\n\n"
"For each of the texts (a list of str), the Dice coefficient of its words and the set\n"
"words: with A = set(re.findall(r'\\w+', text.casefold())), 2 * len(A & words) /\n"
"(len(A) + len(words)), or 0.0 where both are empty.");

static PyObject *
dice(PyObject *module, PyObject *args)
{
    PyObject *texts, *words;
    if (!PyArg_ParseTuple(args, "O!O:dice", &PyList_Type, &texts, &words))
        return NULL;
    if (!PyAnySet_Check(words)) {
        PyErr_SetString(PyExc_TypeError, "dice: words must be a set or frozenset");
        return NULL;
    }
    const Py_ssize_t theirs = PySet_GET_SIZE(words);
    PyObject *out = PyList_New(PyList_GET_SIZE(texts));
    PyObject *own = PySet_New(NULL);
    if (out == NULL || own == NULL)
        goto error;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(texts); i++) {
        PyObject *folded = convert_case(PyList_GET_ITEM(texts, i), 1);
        if (folded == NULL || PySet_Clear(own) < 0) {
            Py_XDECREF(folded);
            goto error;
        }
        const int kind = PyUnicode_KIND(folded);
        const void *data = PyUnicode_DATA(folded);
        const Py_ssize_t n = PyUnicode_GET_LENGTH(folded);
        Py_ssize_t common = 0;
        for (Py_ssize_t a = 0; a < n;) {
            if (!is_word(PyUnicode_READ(kind, data, a))) {
                a++;
                continue;
            }
            Py_ssize_t b = a + 1;
            while (b < n && is_word(PyUnicode_READ(kind, data, b)))
                b++;
            PyObject *token = PyUnicode_Substring(folded, a, b);
            const Py_ssize_t before = PySet_GET_SIZE(own);
            int shared = 0;
            if (token == NULL || PySet_Add(own, token) < 0
                    || (PySet_GET_SIZE(own) > before
                        && (shared = PySet_Contains(words, token)) < 0)) {
                Py_XDECREF(token);
                Py_DECREF(folded);
                goto error;
            }
            common += shared;
            Py_DECREF(token);
            a = b;
        }
        Py_DECREF(folded);
        const Py_ssize_t mine = PySet_GET_SIZE(own);
        PyObject *score = PyFloat_FromDouble(
            mine + theirs ? (double)(2 * common) / (double)(mine + theirs) : 0.0);
        if (score == NULL)
            goto error;
        PyList_SET_ITEM(out, i, score);
    }
    Py_DECREF(own);
    return out;
error:
    Py_XDECREF(out);
    Py_XDECREF(own);
    return NULL;
}

/* str.lower or str.casefold of text (fold: which), exactly, and several times faster on
 * text that is mostly ASCII: once one character is not ASCII (an English page's curly
 * quotes make nearly every page so), CPython maps every character through the Unicode
 * database, 7-11 ns a character. Here ASCII letters are mapped in line and the others by
 * the functions CPython's methods call (full case mapping, each character alone); lower's
 * capital sigma, which looks at its neighbours, and a text mostly not ASCII are left to
 * the method. Those functions left CPython's public headers in 3.13: there the methods
 * do all the work. */
#if PY_VERSION_HEX < 0x030D0000
static inline int
map_case(Py_UCS4 ch, int fold, Py_UCS4 *res)
{
    if (ch < 128) {
        res[0] = (ch >= 'A' && ch <= 'Z') ? ch + 32 : ch;
        return 1;
    }
    return fold ? _PyUnicode_ToFoldedFull(ch, res) : _PyUnicode_ToLowerFull(ch, res);
}

/* The mapped length and largest character of a text of one kind (CHAR: its type); -1 on
 * a capital sigma when lowering, or once a quarter of the text is not ASCII. */
#define CASE_MEASURE(CHAR)                                                          \
    do {                                                                            \
        const CHAR *in = data;                                                      \
        for (Py_ssize_t i = 0; i < n; i++) {                                        \
            Py_UCS4 ch = in[i];                                                     \
            if (ch < 128) {                                                         \
                size++;                                                             \
                continue;                                                           \
            }                                                                       \
            if ((ch == 0x3A3 && !fold) || ++wide > n / 4)                           \
                return -1;                                                          \
            int k = map_case(ch, fold, mapped);                                     \
            for (int j = 0; j < k; j++)                                             \
                if (mapped[j] > *maxchar)                                           \
                    *maxchar = mapped[j];                                           \
            size += k;                                                              \
        }                                                                           \
    } while (0)

static Py_ssize_t
case_measure(int kind, const void *data, Py_ssize_t n, int fold, Py_UCS4 *maxchar)
{
    Py_ssize_t size = 0, wide = 0;
    Py_UCS4 mapped[3];
    if (kind == PyUnicode_1BYTE_KIND)
        CASE_MEASURE(Py_UCS1);
    else if (kind == PyUnicode_2BYTE_KIND)
        CASE_MEASURE(Py_UCS2);
    else
        CASE_MEASURE(Py_UCS4);
    return size;
}

/* Write the mapped text (IN: the input's character type, OUT: the output's). */
#define CASE_WRITE(IN, OUT)                                                         \
    do {                                                                            \
        const IN *in = data;                                                        \
        OUT *out = PyUnicode_DATA(result);                                          \
        Py_ssize_t at = 0;                                                          \
        for (Py_ssize_t i = 0; i < n; i++) {                                        \
            Py_UCS4 ch = in[i];                                                     \
            if (ch < 128) {                                                         \
                out[at++] = (OUT)((ch >= 'A' && ch <= 'Z') ? ch + 32 : ch);         \
                continue;                                                           \
            }                                                                       \
            int k = map_case(ch, fold, mapped);                                     \
            for (int j = 0; j < k; j++)                                             \
                out[at++] = (OUT)mapped[j];                                         \
        }                                                                           \
    } while (0)

#define CASE_WRITE_TO(IN)                                                           \
    do {                                                                            \
        if (okind == PyUnicode_1BYTE_KIND)                                          \
            CASE_WRITE(IN, Py_UCS1);                                                \
        else if (okind == PyUnicode_2BYTE_KIND)                                     \
            CASE_WRITE(IN, Py_UCS2);                                                \
        else                                                                        \
            CASE_WRITE(IN, Py_UCS4);                                                \
    } while (0)
#endif

/* The mapped text in one pass, written into a string of the input's kind, when every
 * character maps to one character of that kind (what nearly all text does); NULL, with
 * no error set, where it does not (the caller measures first), or with one set. */
#define CASE_SAME_KIND(CHAR)                                                        \
    do {                                                                            \
        const CHAR *in = data;                                                      \
        CHAR *out = PyUnicode_DATA(result);                                         \
        for (Py_ssize_t i = 0; i < n; i++) {                                        \
            Py_UCS4 ch = in[i];                                                     \
            if (ch < 128) {                                                         \
                out[i] = (CHAR)((ch >= 'A' && ch <= 'Z') ? ch + 32 : ch);           \
                continue;                                                           \
            }                                                                       \
            if ((ch == 0x3A3 && !fold) || ++wide > n / 4                            \
                    || map_case(ch, fold, mapped) != 1 || mapped[0] > limit)        \
                goto different;                                                     \
            out[i] = (CHAR)mapped[0];                                               \
            if (mapped[0] > top)                                                    \
                top = mapped[0];                                                    \
        }                                                                           \
    } while (0)

static PyObject *
case_same_kind(PyObject *text, int kind, const void *data, Py_ssize_t n, int fold)
{
    const Py_UCS4 limit = PyUnicode_MAX_CHAR_VALUE(text);
    Py_UCS4 top = 127, mapped[3];
    Py_ssize_t wide = 0;
    PyObject *result = PyUnicode_New(n, limit);
    if (result == NULL)
        return NULL;
    if (kind == PyUnicode_1BYTE_KIND)
        CASE_SAME_KIND(Py_UCS1);
    else if (kind == PyUnicode_2BYTE_KIND)
        CASE_SAME_KIND(Py_UCS2);
    else
        CASE_SAME_KIND(Py_UCS4);
    /* A string is stored in the narrowest kind its characters allow: where mapping left
     * none that needs this one ("K" lowered is "k"), the result is copied into that. */
    if ((kind == PyUnicode_1BYTE_KIND && top < 128) || (kind == PyUnicode_2BYTE_KIND && top < 256)
            || (kind == PyUnicode_4BYTE_KIND && top < 65536))
        Py_SETREF(result, PyUnicode_FromKindAndData(kind, PyUnicode_DATA(result), n));
    return result;
different:
    Py_DECREF(result);
    return NULL;
}

static PyObject *
convert_case(PyObject *text, int fold)
{
    const char *method = fold ? "casefold" : "lower";
    if (!PyUnicode_Check(text)) {
        PyErr_Format(PyExc_TypeError, "%s: text must be a str", method);
        return NULL;
    }
#if PY_VERSION_HEX < 0x030D0000
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    Py_UCS4 maxchar = 127, mapped[3];
    Py_ssize_t size;
    if (PyUnicode_IS_ASCII(text))
        return PyObject_CallMethod(text, method, NULL);
    PyObject *same = case_same_kind(text, kind, data, n, fold);
    if (same != NULL || PyErr_Occurred())
        return same;
    if ((size = case_measure(kind, data, n, fold, &maxchar)) < 0)
        return PyObject_CallMethod(text, method, NULL);
    PyObject *result = PyUnicode_New(size, maxchar);
    if (result == NULL)
        return NULL;
    const int okind = PyUnicode_KIND(result);
    if (kind == PyUnicode_1BYTE_KIND)
        CASE_WRITE_TO(Py_UCS1);
    else if (kind == PyUnicode_2BYTE_KIND)
        CASE_WRITE_TO(Py_UCS2);
    else
        CASE_WRITE_TO(Py_UCS4);
    return result;
#else
    return PyObject_CallMethod(text, method, NULL);
#endif
}

PyDoc_STRVAR(lower_doc,
"lower(text)\n"
"--\n\n"
"text.lower(), faster on text that is mostly ASCII.");

static PyObject *
lower(PyObject *module, PyObject *text)
{
    return convert_case(text, 0);
}

PyDoc_STRVAR(casefold_doc,
"casefold(text)\n"
"--\n\n"
"text.casefold(), faster on text that is mostly ASCII.");

static PyObject *
casefold(PyObject *module, PyObject *text)
{
    return convert_case(text, 1);
}

static PyMethodDef methods[] = {
    {"split_lines", split_lines, METH_VARARGS, split_lines_doc},
    {"normalise", normalise, METH_O, normalise_doc},
    {"whole_line_keys", whole_line_keys, METH_VARARGS, whole_line_keys_doc},
    {"add_to_each", add_to_each, METH_VARARGS, add_to_each_doc},
    {"dice", dice, METH_VARARGS, dice_doc},
    {"line_starts", line_starts, METH_O, line_starts_doc},
    {"lower", lower, METH_O, lower_doc},
    {"casefold", casefold, METH_O, casefold_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "cleaner._kernels",
    "Compiled kernels of the classifier's hot loops (see cleaner/_kernels.c).", -1, methods,
};

PyMODINIT_FUNC
PyInit__kernels(void)
{
    init_ascii_class();
    return PyModule_Create(&module);
}
