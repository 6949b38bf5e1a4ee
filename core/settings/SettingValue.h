#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace kg {

/// A typed view of one key in a QSettings store, with its default. Reading a value of the wrong
/// type (a hand-edited file, say) yields the default instead of a half-converted value.
template <typename T>
class SettingValue
{
public:
    SettingValue(QSettings *settings, QString key, T defaultValue = T{})
        : m_settings(settings)
        , m_key(std::move(key))
        , m_default(std::move(defaultValue))
    {}

    /// The stored value, or the default when the key is absent or not convertible to T.
    T get() const
    {
        const QVariant v = m_settings->value(m_key);
        if (!v.isValid() || !v.canConvert<T>())
            return m_default;
        return v.template value<T>();
    }

    /// Stores @p value; storing the default removes the key so that later default changes apply.
    void set(const T &value)
    {
        if (value == m_default)
            m_settings->remove(m_key);
        else
            m_settings->setValue(m_key, QVariant::fromValue(value));
    }

    void reset() { m_settings->remove(m_key); }
    const QString &key() const { return m_key; }
    const T &defaultValue() const { return m_default; }

    operator T() const { return get(); }
    SettingValue &operator=(const T &value)
    {
        set(value);
        return *this;
    }

private:
    QSettings *m_settings;
    QString m_key;
    T m_default;
};

} // namespace kg
